//! `_base64`: the Rust accelerator for `base64.standard_b64encode` / `base64.b64decode`.
//!
//! Written against the CPython *limited* C API (stable ABI, Python 3.8+) through a handful of
//! hand-declared functions, so one build imports on every Python 3 from 3.8 on. The stable ABI
//! is what makes that possible: no struct field is read, every object is handled through
//! functions (`Py_IncRef`/`Py_DecRef` rather than touching `ob_refcnt`).
//!
//! Behaviour matches `base64` (CPython 3.11's `binascii`, non-strict mode) byte for byte,
//! including which inputs raise `binascii.Error`.

#![allow(non_camel_case_types, non_snake_case, non_upper_case_globals)]

mod codec;
mod ffi;

use core::ffi::c_char;
use core::ptr;
use std::panic::{AssertUnwindSafe, catch_unwind};

use ffi::*;

/// Runs `body`, turning a Rust panic into a Python `SystemError` so no unwinding ever crosses
/// the C ABI (the release profile also sets `panic = "abort"`).
fn guarded(body: impl FnOnce() -> *mut PyObject) -> *mut PyObject {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(result) => result,
        Err(_) => {
            // SAFETY: we hold the GIL (called from Python) and the message is NUL-terminated.
            unsafe { PyErr_SetString(exc(&raw const PyExc_SystemError), c"_base64: internal error".as_ptr()) };
            ptr::null_mut()
        }
    }
}

/// Reads an exception class exported as a C global.
fn exc(global: *const *mut PyObject) -> *mut PyObject {
    // SAFETY: the interpreter initialises its exception globals before any module loads.
    unsafe { *global }
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

/// Any object exposing the buffer protocol (bytes, bytearray, memoryview, array, …) → `bytes`,
/// the way `base64` accepts "bytes-like objects". Raises TypeError for anything else.
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
        if bytes.is_null() { None } else { Some(Owned(bytes)) }
    }
}

/// `base64._bytes_from_decode_data`: ASCII `str` or a bytes-like object.
fn decode_input(obj: *mut PyObject) -> Option<Owned> {
    // SAFETY: as in `bytes_like`.
    unsafe {
        if PyObject_IsInstance(obj, (&raw const PyUnicode_Type).cast_mut().cast()) == 1 {
            let ascii = PyUnicode_AsASCIIString(obj);
            if ascii.is_null() {
                if PyErr_ExceptionMatches(exc(&raw const PyExc_UnicodeEncodeError)) != 0 {
                    PyErr_Clear();
                    PyErr_SetString(
                        exc(&raw const PyExc_ValueError),
                        c"string argument should contain only ASCII characters".as_ptr(),
                    );
                }
                return None;
            }
            return Some(Owned(ascii));
        }
        let converted = bytes_like(obj);
        if converted.is_none() && PyErr_ExceptionMatches(exc(&raw const PyExc_TypeError)) != 0 {
            PyErr_Clear();
            PyErr_SetString(
                exc(&raw const PyExc_TypeError),
                c"argument should be a bytes-like object or ASCII string".as_ptr(),
            );
        }
        converted
    }
}

/// Raises `binascii.Error` (a ValueError subclass), exactly what `base64.b64decode` raises;
/// plain ValueError if binascii cannot be imported.
fn raise_binascii_error(message: &core::ffi::CStr) {
    // SAFETY: GIL held; every new reference is released.
    unsafe {
        let mut class = exc(&raw const PyExc_ValueError);
        let module = PyImport_ImportModule(c"binascii".as_ptr());
        let mut error = ptr::null_mut();
        if !module.is_null() {
            error = PyObject_GetAttrString(module, c"Error".as_ptr());
            Py_DecRef(module);
        }
        if error.is_null() {
            PyErr_Clear();
        } else {
            class = error;
        }
        PyErr_SetString(class, message.as_ptr());
        Py_DecRef(error);
    }
}

unsafe extern "C" fn standard_b64encode(_module: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    guarded(|| {
        let Some(input) = bytes_like(arg) else { return ptr::null_mut() };
        let Some(data) = bytes_view(&input) else { return ptr::null_mut() };
        new_bytes(&codec::encode(data))
    })
}

unsafe extern "C" fn b64decode(_module: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    guarded(|| {
        let Some(input) = decode_input(arg) else { return ptr::null_mut() };
        let Some(data) = bytes_view(&input) else { return ptr::null_mut() };
        match codec::decode(data) {
            Ok(decoded) => new_bytes(&decoded),
            Err(error) => {
                raise_binascii_error(&error.message());
                ptr::null_mut()
            }
        }
    })
}

static mut METHODS: [PyMethodDef; 3] = [
    PyMethodDef {
        ml_name: c"standard_b64encode".as_ptr(),
        ml_meth: Some(standard_b64encode),
        ml_flags: METH_O,
        ml_doc: c"standard_b64encode(s, /)\n--\n\nEncode the bytes-like object s with the standard alphabet.".as_ptr(),
    },
    PyMethodDef {
        ml_name: c"b64decode".as_ptr(),
        ml_meth: Some(b64decode),
        ml_flags: METH_O,
        ml_doc: c"b64decode(s, /)\n--\n\nDecode base64 bytes or ASCII str; raises binascii.Error.".as_ptr(),
    },
    PyMethodDef { ml_name: ptr::null(), ml_meth: None, ml_flags: 0, ml_doc: ptr::null() },
];

// Multi-phase initialisation (PEP 489) with no slots: the module has no state, so it is safe
// in sub-interpreters, and the definition is returned rather than a module object.
static mut SLOTS: [PyModuleDef_Slot; 1] = [PyModuleDef_Slot { slot: 0, value: ptr::null_mut() }];

static mut MODULE_DEF: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c"_base64".as_ptr(),
    m_doc: c"Rust implementation of base64's standard_b64encode and b64decode.".as_ptr(),
    m_size: 0,
    m_methods: (&raw mut METHODS).cast(),
    m_slots: (&raw mut SLOTS).cast(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

/// The entry point the import system looks up in `_base64<EXT_SUFFIX>`.
///
/// # Safety
/// Called by CPython's import machinery with the GIL held, once per import.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn PyInit__base64() -> *mut PyObject {
    // SAFETY: MODULE_DEF is only ever handed to CPython, which owns it from here on.
    unsafe { PyModuleDef_Init(&raw mut MODULE_DEF) }
}
