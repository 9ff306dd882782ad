//! `_zlib_rs`: `zlib.compress` / `zlib.decompress` on zlib-rs, the backend the 2026 Language
//! Summit plan ships first (optional, with CPython's C zlib as the fallback).
//!
//! Like Modules/_base64 it binds the *limited* C API by hand (stable ABI, Python 3.8+): one build
//! imports on every Python 3 from 3.8 on. zlib-rs is its only crate, taken from a vendor
//! directory (see the README), never fetched.

#![allow(non_camel_case_types, non_snake_case, non_upper_case_globals)]

mod codec;
mod ffi;

use core::ffi::{c_char, c_int};
use core::ptr;
use std::ffi::CString;
use std::panic::{AssertUnwindSafe, catch_unwind};

use ffi::*;

/// Runs `body`, turning a Rust panic into a Python `SystemError` so no unwinding ever crosses
/// the C ABI (the release profile also sets `panic = "abort"`).
fn guarded(body: impl FnOnce() -> *mut PyObject) -> *mut PyObject {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(result) => result,
        Err(_) => {
            // SAFETY: we hold the GIL (called from Python) and the message is NUL-terminated.
            unsafe { PyErr_SetString(PyExc_SystemError, c"_zlib_rs: internal error".as_ptr()) };
            ptr::null_mut()
        }
    }
}

/// An owned reference, released on drop so early returns cannot leak.
struct Owned(*mut PyObject);

impl Drop for Owned {
    fn drop(&mut self) {
        // SAFETY: we own one reference; Py_DecRef accepts NULL.
        unsafe { Py_DecRef(self.0) }
    }
}

/// New `bytes` holding `data`, or NULL with an exception set.
fn new_bytes(data: &[u8]) -> *mut PyObject {
    // SAFETY: the pointer/length pair describes a live slice; CPython copies it.
    unsafe { PyBytes_FromStringAndSize(data.as_ptr().cast::<c_char>(), data.len() as Py_ssize_t) }
}

/// Any object exposing the buffer protocol → `bytes` (a copy unless it is one), as zlib accepts
/// "bytes-like objects"; TypeError for anything else.
fn bytes_like(obj: *mut PyObject) -> Option<Owned> {
    // SAFETY: `obj` is a borrowed, live argument; every new reference is wrapped in Owned.
    unsafe {
        if PyObject_IsInstance(obj, (&raw const PyBytes_Type).cast_mut().cast()) == 1 {
            Py_IncRef(obj);
            return Some(Owned(obj));
        }
        let view = PyMemoryView_FromObject(obj);
        if view.is_null() {
            return None;
        }
        let view = Owned(view);
        let bytes = PyObject_Bytes(view.0);
        if bytes.is_null() {
            None
        } else {
            Some(Owned(bytes))
        }
    }
}

/// Borrows the contents of a `bytes` object for the lifetime of `owner`.
fn bytes_view(owner: &Owned) -> Option<&[u8]> {
    let mut data: *mut c_char = ptr::null_mut();
    let mut len: Py_ssize_t = 0;
    // SAFETY: `owner` holds an exact `bytes`; the buffer lives as long as the reference.
    unsafe {
        if PyBytes_AsStringAndSize(owner.0, &mut data, &mut len) != 0 {
            return None;
        }
        Some(core::slice::from_raw_parts(data.cast::<u8>(), len as usize))
    }
}

/// Raises `zlib.error`, the class CPython's zlib raises, so callers catch the same exception
/// whichever backend answered; SystemError if zlib cannot be imported.
fn raise_zlib_error(message: &str) {
    let text = CString::new(message.replace('\0', "?")).unwrap_or_default();
    // SAFETY: GIL held; every new reference is released.
    unsafe {
        let module = PyImport_ImportModule(c"zlib".as_ptr());
        let mut class = ptr::null_mut();
        if !module.is_null() {
            class = PyObject_GetAttrString(module, c"error".as_ptr());
            Py_DecRef(module);
        }
        if class.is_null() {
            PyErr_Clear();
            PyErr_SetString(PyExc_SystemError, text.as_ptr());
        } else {
            PyErr_SetString(class, text.as_ptr());
            Py_DecRef(class);
        }
    }
}

fn answer(result: Result<Vec<u8>, codec::ZlibError>) -> *mut PyObject {
    match result {
        Ok(data) => new_bytes(&data),
        Err(error) => {
            raise_zlib_error(&error.0);
            ptr::null_mut()
        }
    }
}

/// A NULL-terminated keyword list for PyArg_ParseTupleAndKeywords.
struct Keywords([*const c_char; 4]);
// SAFETY: the pointers are to immutable, 'static C string literals.
unsafe impl Sync for Keywords {}

unsafe extern "C" fn compress(
    _module: *mut PyObject,
    args: *mut PyObject,
    kwargs: *mut PyObject,
) -> *mut PyObject {
    guarded(|| {
        let mut data: *mut PyObject = ptr::null_mut();
        let mut level: c_int = -1;
        let mut wbits: c_int = 15;
        // SAFETY: the format matches the out-pointers' types; the keyword list ends in NULL.
        let parsed = unsafe {
            PyArg_ParseTupleAndKeywords(
                args,
                kwargs,
                c"O|ii:compress".as_ptr(),
                KEYWORDS_COMPRESS.0.as_ptr(),
                &mut data,
                &mut level,
                &mut wbits,
            )
        };
        if parsed == 0 {
            return ptr::null_mut();
        }
        let Some(input) = bytes_like(data) else {
            return ptr::null_mut();
        };
        let Some(bytes) = bytes_view(&input) else {
            return ptr::null_mut();
        };
        answer(codec::compress(bytes, level, wbits))
    })
}

unsafe extern "C" fn decompress(
    _module: *mut PyObject,
    args: *mut PyObject,
    kwargs: *mut PyObject,
) -> *mut PyObject {
    guarded(|| {
        let mut data: *mut PyObject = ptr::null_mut();
        let mut wbits: c_int = 15;
        let mut bufsize: Py_ssize_t = 16384;
        // SAFETY: as in `compress`; `n` is a Py_ssize_t.
        let parsed = unsafe {
            PyArg_ParseTupleAndKeywords(
                args,
                kwargs,
                c"O|in:decompress".as_ptr(),
                KEYWORDS_DECOMPRESS.0.as_ptr(),
                &mut data,
                &mut wbits,
                &mut bufsize,
            )
        };
        if parsed == 0 {
            return ptr::null_mut();
        }
        if bufsize < 0 {
            // SAFETY: GIL held, NUL-terminated message.
            unsafe { PyErr_SetString(PyExc_ValueError, c"bufsize must be non-negative".as_ptr()) };
            return ptr::null_mut();
        }
        let Some(input) = bytes_like(data) else {
            return ptr::null_mut();
        };
        let Some(bytes) = bytes_view(&input) else {
            return ptr::null_mut();
        };
        answer(codec::decompress(bytes, wbits, bufsize as usize))
    })
}

// "" marks `data` positional-only, as in zlib's signatures.
static KEYWORDS_COMPRESS: Keywords = Keywords([
    c"".as_ptr(),
    c"level".as_ptr(),
    c"wbits".as_ptr(),
    ptr::null(),
]);
static KEYWORDS_DECOMPRESS: Keywords = Keywords([
    c"".as_ptr(),
    c"wbits".as_ptr(),
    c"bufsize".as_ptr(),
    ptr::null(),
]);

// CPython casts a keywords function to PyCFunction in the table; METH_KEYWORDS tells it how to call.
static mut METHODS: [PyMethodDef; 3] = [
    PyMethodDef {
        ml_name: c"compress".as_ptr(),
        // SAFETY: same ABI, the interpreter calls it with three arguments because of METH_KEYWORDS.
        ml_meth: Some(unsafe { core::mem::transmute::<PyCFunctionWithKeywords, PyCFunction>(compress) }),
        ml_flags: METH_VARARGS_KEYWORDS,
        ml_doc: c"compress($module, data, /, level=-1, wbits=15)\n--\n\nReturns a bytes object containing compressed data.".as_ptr(),
    },
    PyMethodDef {
        ml_name: c"decompress".as_ptr(),
        // SAFETY: as above.
        ml_meth: Some(unsafe { core::mem::transmute::<PyCFunctionWithKeywords, PyCFunction>(decompress) }),
        ml_flags: METH_VARARGS_KEYWORDS,
        ml_doc: c"decompress($module, data, /, wbits=15, bufsize=16384)\n--\n\nReturns a bytes object containing the uncompressed data.".as_ptr(),
    },
    PyMethodDef { ml_name: ptr::null(), ml_meth: None, ml_flags: 0, ml_doc: ptr::null() },
];

// Multi-phase initialisation (PEP 489) with no slots and no state: safe in sub-interpreters.
static mut SLOTS: [PyModuleDef_Slot; 1] = [PyModuleDef_Slot {
    slot: 0,
    value: ptr::null_mut(),
}];

static mut MODULE_DEF: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c"_zlib_rs".as_ptr(),
    m_doc: c"zlib.compress and zlib.decompress on zlib-rs (Rust).".as_ptr(),
    m_size: 0,
    m_methods: (&raw mut METHODS).cast(),
    m_slots: (&raw mut SLOTS).cast(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

/// The entry point the import system looks up in `_zlib_rs<EXT_SUFFIX>`.
///
/// # Safety
/// Called by CPython's import machinery with the GIL held, once per import.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn PyInit__zlib_rs() -> *mut PyObject {
    // SAFETY: MODULE_DEF is only ever handed to CPython, which owns it from here on.
    unsafe { PyModuleDef_Init(&raw mut MODULE_DEF) }
}
