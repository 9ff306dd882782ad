//! Hand-written declarations of the few stable-ABI (limited API, Python 3.8+) symbols we use
//! (the same approach as Modules/_base64).
//! Every item here is listed in CPython's `Misc/stable_abi.toml`; nothing reads a struct field
//! of a Python object, so the same binary works on every 3.x from 3.8.

use core::ffi::{c_char, c_int, c_void};

pub type Py_ssize_t = isize;

/// Opaque: the stable ABI never looks inside an object.
#[repr(C)]
pub struct PyObject {
    _private: [u8; 0],
}

/// Opaque type objects, only ever used by address.
#[repr(C)]
pub struct PyTypeObject {
    _private: [u8; 0],
}

/// A `METH_VARARGS | METH_KEYWORDS` function, cast to the slot's type as C does.
pub type PyCFunctionWithKeywords =
    unsafe extern "C" fn(*mut PyObject, *mut PyObject, *mut PyObject) -> *mut PyObject;
pub type PyCFunction = unsafe extern "C" fn(*mut PyObject, *mut PyObject) -> *mut PyObject;

/// `METH_VARARGS | METH_KEYWORDS`: called with an args tuple and a kwargs dict (or NULL).
pub const METH_VARARGS_KEYWORDS: c_int = 0x0001 | 0x0002;

#[repr(C)]
pub struct PyMethodDef {
    pub ml_name: *const c_char,
    pub ml_meth: Option<PyCFunction>,
    pub ml_flags: c_int,
    pub ml_doc: *const c_char,
}

/// `PyObject_HEAD` as laid out in every non-debug, GIL-enabled build the stable ABI covers.
#[repr(C)]
pub struct PyObjectHead {
    pub ob_refcnt: Py_ssize_t,
    pub ob_type: *mut PyTypeObject,
}

#[repr(C)]
pub struct PyModuleDef_Base {
    pub ob_base: PyObjectHead,
    pub m_init: Option<unsafe extern "C" fn() -> *mut PyObject>,
    pub m_index: Py_ssize_t,
    pub m_copy: *mut PyObject,
}

/// `PyModuleDef_HEAD_INIT`: refcount 1, no type yet (PyModuleDef_Init fills it in).
pub const PyModuleDef_HEAD_INIT: PyModuleDef_Base = PyModuleDef_Base {
    ob_base: PyObjectHead {
        ob_refcnt: 1,
        ob_type: core::ptr::null_mut(),
    },
    m_init: None,
    m_index: 0,
    m_copy: core::ptr::null_mut(),
};

#[repr(C)]
pub struct PyModuleDef_Slot {
    pub slot: c_int,
    pub value: *mut c_void,
}

#[repr(C)]
pub struct PyModuleDef {
    pub m_base: PyModuleDef_Base,
    pub m_name: *const c_char,
    pub m_doc: *const c_char,
    pub m_size: Py_ssize_t,
    pub m_methods: *mut PyMethodDef,
    pub m_slots: *mut PyModuleDef_Slot,
    pub m_traverse: Option<unsafe extern "C" fn(*mut PyObject, *mut c_void, *mut c_void) -> c_int>,
    pub m_clear: Option<unsafe extern "C" fn(*mut PyObject) -> c_int>,
    pub m_free: Option<unsafe extern "C" fn(*mut c_void)>,
}

// Linux and macOS resolve these from the loading interpreter at import time (see
// .cargo/config.toml); Windows links them from python3.lib, the stable-ABI import library.
#[cfg_attr(windows, link(name = "python3"))]
unsafe extern "C" {
    pub static PyBytes_Type: PyTypeObject;
    pub static PyExc_SystemError: *mut PyObject;
    pub static PyExc_ValueError: *mut PyObject;

    pub fn PyModuleDef_Init(def: *mut PyModuleDef) -> *mut PyObject;
    pub fn Py_IncRef(obj: *mut PyObject);
    pub fn Py_DecRef(obj: *mut PyObject);
    pub fn PyObject_IsInstance(obj: *mut PyObject, class: *mut PyObject) -> c_int;
    pub fn PyObject_Bytes(obj: *mut PyObject) -> *mut PyObject;
    pub fn PyObject_GetAttrString(obj: *mut PyObject, name: *const c_char) -> *mut PyObject;
    pub fn PyMemoryView_FromObject(obj: *mut PyObject) -> *mut PyObject;
    pub fn PyBytes_FromStringAndSize(data: *const c_char, len: Py_ssize_t) -> *mut PyObject;
    pub fn PyBytes_AsStringAndSize(
        obj: *mut PyObject,
        data: *mut *mut c_char,
        len: *mut Py_ssize_t,
    ) -> c_int;
    pub fn PyImport_ImportModule(name: *const c_char) -> *mut PyObject;
    pub fn PyErr_SetString(class: *mut PyObject, message: *const c_char);
    pub fn PyErr_Clear();
    /// No `#` format is used, so the plain symbol (not the `_SizeT` one) is right on every 3.x.
    pub fn PyArg_ParseTupleAndKeywords(
        args: *mut PyObject,
        kwargs: *mut PyObject,
        format: *const c_char,
        keywords: *const *const c_char,
        ...
    ) -> c_int;
}
