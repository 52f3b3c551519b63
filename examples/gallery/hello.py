import sys

from pyscript import HTML, display

display("Hello from Pyodide", sys.implementation.name)
display(HTML("<strong>Python " + sys.version.split()[0] + "</strong>"))
