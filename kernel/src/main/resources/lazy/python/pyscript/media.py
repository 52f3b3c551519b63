"""Cameras, microphones and speakers: `await list_devices()`, `await Device.request_stream(video=True)`.

The browser asks the user for permission the first time; a request that cannot be met (no such
device, permission refused) raises a MediaError that says which and why.
"""

import _pyloom_lazy
from pyscript import RUNNING_IN_WORKER, window
from pyscript.ffi import is_none, to_js

# What the browser's getUserMedia rejects with, in words for the page's author.
_REASONS = {
    "NotFoundError": "no device matches",
    "NotAllowedError": "permission was refused",
    "NotReadableError": "the device is in use or cannot be read",
    "OverconstrainedError": "no device meets the constraints",
    "SecurityError": "media devices are not allowed on this page",
}


class MediaError(Exception):
    """A media stream could not be had."""


class Device:
    """One media device of the browser (a MediaDeviceInfo): id, group, kind and label."""

    def __init__(self, device):
        self._device_info = device

    @property
    def id(self):
        return self._device_info.deviceId

    @property
    def group(self):
        return self._device_info.groupId

    @property
    def kind(self):
        """"videoinput", "audioinput" or "audiooutput"."""
        return self._device_info.kind

    @property
    def label(self):
        """The device's name; empty until the user has granted a permission."""
        return self._device_info.label

    def __getitem__(self, key):
        return getattr(self, key)

    def __repr__(self):
        return f"<Device {self.kind} {self.label!r}>"

    @classmethod
    async def request_stream(cls, audio=False, video=True):
        """A MediaStream for these constraints: booleans, or dicts of MediaTrackConstraints."""
        constraints = {}
        for name, value in (("audio", audio), ("video", video)):
            if isinstance(value, (bool, dict)):
                constraints[name] = value
        try:
            return await _get_user_media(constraints)
        except Exception as failure:
            raise MediaError(_explain(constraints, failure)) from None

    @classmethod
    async def load(cls, audio=False, video=True):
        """The former name of request_stream()."""
        return await cls.request_stream(audio=audio, video=video)

    async def get_stream(self):
        """A MediaStream from this very device."""
        kind = self.kind.replace("input", "").replace("output", "")
        return await self.request_stream(**{kind: {"deviceId": {"exact": self.id}}})


async def list_devices():
    """Every media device the browser lets the page see, as Device objects."""
    return [Device(info) for info in await window.navigator.mediaDevices.enumerateDevices()]


async def _get_user_media(constraints):
    if RUNNING_IN_WORKER:
        # the page's own call, through the worker's window; its failures come as errors
        return await window.navigator.mediaDevices.getUserMedia(to_js(constraints))
    outcome = await (await _pyloom_lazy.js_module("media")).userMedia(to_js(constraints))
    if not is_none(outcome.error):
        raise RuntimeError(outcome.error)
    return outcome.stream


def _explain(constraints, failure):
    text = str(failure)
    wanted = " and ".join(name for name, value in constraints.items() if value) or "no media"
    for name, reason in _REASONS.items():
        if name in text:
            return f"Cannot get a media stream for {wanted}: {reason} ({text})"
    return f"Cannot get a media stream for {wanted}: {text}"
