/* Version of this miniature CPython-like tree; read by ./configure and by the
   oxidize actions (python-version: auto) exactly like CPython's own patchlevel.h. */
#ifndef Py_PATCHLEVEL_H
#define Py_PATCHLEVEL_H

#define PY_RELEASE_LEVEL_ALPHA  0xA
#define PY_RELEASE_LEVEL_BETA   0xB
#define PY_RELEASE_LEVEL_GAMMA  0xC     /* For release candidates */
#define PY_RELEASE_LEVEL_FINAL  0xF     /* Serial should be 0 here */

#define PY_MAJOR_VERSION        3
#define PY_MINOR_VERSION        16
#define PY_MICRO_VERSION        0
#define PY_RELEASE_LEVEL        PY_RELEASE_LEVEL_ALPHA
#define PY_RELEASE_SERIAL       1

#define PY_VERSION              "3.16.0a1"

#endif /* Py_PATCHLEVEL_H */
