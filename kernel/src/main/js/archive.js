// Reads zip (and wheel) and tar (plain or gzipped) archives in the browser, for interpreters
// without an unpacker of their own. Inflating is the browser's (DecompressionStream).

const inflate = async (bytes, kind) => new Uint8Array(
  await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream(kind))).arrayBuffer());

const ZIP_END = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_LOCAL = 0x04034b50;
const SATURATED_32 = 0xffffffff;

class ArchiveError extends Error {}

/** The central directory's offset and entry count, from the end record (or its ZIP64 form). */
const zipDirectory = (view) => {
  let end = view.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== ZIP_END) {
    end--;
  }
  if (end < 0) {
    throw new ArchiveError("not a zip archive (no end of central directory)");
  }
  let count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if ((count === 0xffff || at === SATURATED_32) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 20 + 8, true));
    if (view.getUint32(record, true) !== ZIP64_END) {
      throw new ArchiveError("broken zip archive (no ZIP64 end of central directory)");
    }
    count = Number(view.getBigUint64(record + 32, true));
    at = Number(view.getBigUint64(record + 48, true));
  }
  return { count, at };
};

/** The ZIP64 extra field's values, in their fixed order, for the fields saturated in the header. */
const zip64Extra = (view, start, length, saturated) => {
  const values = {};
  for (let at = start; at + 4 <= start + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 0x0001) {
      continue;
    }
    let field = at + 4;
    for (const name of ["size", "compressedSize", "local"]) {
      if (saturated[name]) {
        values[name] = Number(view.getBigUint64(field, true));
        field += 8;
      }
    }
  }
  return values;
};

const zipEntries = async (bytes) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = new TextDecoder();
  let { count, at } = zipDirectory(view);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== ZIP_CENTRAL) {
      throw new ArchiveError(`broken zip archive (entry ${i} of its directory)`);
    }
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const header = {
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true),
    };
    const saturated = Object.fromEntries(Object.entries(header).map(([k, v]) => [k, v === SATURATED_32]));
    const { compressedSize, local } = { ...header, ...zip64Extra(view, at + 46 + nameLength, extraLength, saturated) };
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (view.getUint32(local, true) !== ZIP_LOCAL) {
      throw new ArchiveError(`broken zip archive (no local header for ${name})`);
    }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + compressedSize);
    if (method !== 0 && method !== 8) {
      throw new ArchiveError(`${name} is compressed with method ${method}; only stored and deflated entries can be read`);
    }
    entries.push({ name, method, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  const files = entries.filter((entry) => !entry.name.endsWith("/"));
  return Promise.all(files.map(async ({ name, method, data }) =>
    ({ name, bytes: method === 8 ? await inflate(data, "deflate-raw") : data })));
};

const cString = (decoder, bytes) => {
  const end = bytes.indexOf(0);
  return decoder.decode(end < 0 ? bytes : bytes.subarray(0, end));
};

/** A PAX extended header's records ("LEN key=value\n"), as an object. */
const paxRecords = (text) => {
  const records = {};
  let at = 0;
  while (at < text.length) {
    const space = text.indexOf(" ", at);
    const length = parseInt(text.slice(at, space), 10);
    if (!(length > 0)) {
      break;
    }
    const record = text.slice(space + 1, at + length - 1);
    const equals = record.indexOf("=");
    records[record.slice(0, equals)] = record.slice(equals + 1);
    at += length;
  }
  return records;
};

const tarEntries = (bytes) => {
  const text = new TextDecoder();
  const files = [];
  let longName = null; // from a GNU 'L' entry or a PAX 'path', for the entry that follows
  for (let at = 0; at + 512 <= bytes.length;) {
    const header = bytes.subarray(at, at + 512);
    if (header.every((b) => b === 0)) {
      break;
    }
    const size = parseInt(cString(text, header.subarray(124, 136)).trim() || "0", 8);
    const kind = String.fromCharCode(header[156]);
    const body = bytes.subarray(at + 512, at + 512 + size);
    const magic = cString(text, header.subarray(257, 263));
    const prefix = magic === "ustar" ? cString(text, header.subarray(345, 500)) : "";
    const name = cString(text, header.subarray(0, 100));
    at += 512 + Math.ceil(size / 512) * 512;
    if (kind === "L") {
      longName = cString(text, body);
    } else if (kind === "x") {
      longName = paxRecords(text.decode(body)).path ?? longName;
    } else if (kind === "0" || kind === "\0" || kind === "7") {
      files.push({ name: longName ?? (prefix ? prefix + "/" + name : name), bytes: body.slice() });
      longName = null;
    } else {
      longName = null; // folders, links and global headers carry no file
    }
  }
  return files;
};

/**
 * The files of an archive ({ name, bytes }), folders left out. format: zip, whl, tar, tgz or tar.gz.
 * Rejects with a message saying what is wrong with the archive.
 */
export const readArchive = async (buffer, format) => {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (format === "zip" || format === "whl") {
    try {
      return await zipEntries(bytes);
    } catch (error) {
      throw error instanceof RangeError ? new ArchiveError("broken zip archive (cut short)") : error;
    }
  }
  if (format === "tar") {
    return tarEntries(bytes);
  }
  if (format === "tgz" || format === "tar.gz") {
    return tarEntries(await inflate(bytes, "gzip"));
  }
  throw new ArchiveError(`cannot unpack a ${format} archive`);
};
