export const id = 795;
export const ids = [795];
export const modules = {

/***/ 4750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ ChecksumError),
/* harmony export */   Eb: () => (/* binding */ ComponentUnavailableError),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   VA: () => (/* binding */ SignatureError),
/* harmony export */   Xj: () => (/* binding */ NotAvailableError),
/* harmony export */   g3: () => (/* binding */ HostUnsupportedError),
/* harmony export */   nV: () => (/* binding */ DownloadError),
/* harmony export */   qB: () => (/* binding */ TooLargeError),
/* harmony export */   sC: () => (/* binding */ CorruptArchiveError),
/* harmony export */   sy: () => (/* binding */ InstallError),
/* harmony export */   td: () => (/* binding */ UnsafeArchiveError),
/* harmony export */   y_: () => (/* binding */ RustupError),
/* harmony export */   z0: () => (/* binding */ InstallTimeoutError)
/* harmony export */ });
/* harmony import */ var _oxidize_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2587);

// Every failure of the installer is an `InstallError` with a message that names the toolchain, URL, package or
// archive entry involved, so the action can print it as is. `retryable` tells the retry loop what a retry can fix.
class InstallError extends _oxidize_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    retryable = false;
}
/** `rustup toolchain install` failed; its own words are in the message. */
class RustupError extends InstallError {
}
/** A transient transport problem (connection reset, short body, 5xx, stall): retried with backoff. */
class DownloadError extends InstallError {
    url;
    status;
    retryable = true;
    constructor(message, url, status, options) {
        super(message, options);
        this.url = url;
        this.status = status;
    }
}
/** The server answered but has nothing for this request (404): no retry helps. */
class NotAvailableError extends InstallError {
}
/** A component or target the channel does not ship for this host. */
class ComponentUnavailableError extends InstallError {
}
/**
 * The release exists, but has no build of what was asked for this very host (no pkg.rust for it, or a component
 * marked unavailable for it): the one case `optional: true` forgives. A release or channel the server does not
 * have at all is a typo or a version not yet out.
 */
class HostUnsupportedError extends ComponentUnavailableError {
}
class ManifestError extends InstallError {
}
class ChecksumError extends InstallError {
    what;
    url;
    expected;
    actual;
    constructor(what, url, expected, actual) {
        super(`sha256 mismatch for ${what} downloaded from ${url}: expected ${expected}, got ${actual}`);
        this.what = what;
        this.url = url;
        this.expected = expected;
        this.actual = actual;
    }
}
class SignatureError extends InstallError {
}
/** An archive entry that would escape the destination or is not a plain file/dir; never retried. */
class UnsafeArchiveError extends InstallError {
}
class CorruptArchiveError extends InstallError {
}
class InstallTimeoutError extends InstallError {
}
/** The server sent more than any real file of its kind (a manifest, a signature, an archive) could be; no retry. */
class TooLargeError extends InstallError {
}


/***/ }),

/***/ 8795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RELEASE_KEY_PATH: () => (/* binding */ DEFAULT_RELEASE_KEY_PATH),
/* harmony export */   Ko: () => (/* binding */ verifyDetachedSignature),
/* harmony export */   OB: () => (/* binding */ RUST_RELEASE_KEY_FINGERPRINT),
/* harmony export */   ue: () => (/* binding */ loadShippedReleaseKey),
/* harmony export */   z$: () => (/* binding */ loadReleaseKey)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _oxidize_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2587);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4750);
// Optional OpenPGP verification of the channel manifest's detached `.asc` signature. rustup dropped this in 1.26;
// together with the sha256 chain (manifest → package hashes) it authenticates every byte we install. The release
// key is pinned by fingerprint: whatever armored key we are given must be exactly that key.





/** "Rust Language (Tag and Release Signing Key) <rust-key@rust-lang.org>", rsa4096, created 2013-09-26. */
const RUST_RELEASE_KEY_FINGERPRINT = "108F66205EAEB0AAA8DD5E1C85AB96E6FA1BE5FE";
/** Where the repository ships the armored release key (see packages/toolchain/keys/README.md). */
const DEFAULT_RELEASE_KEY_PATH = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(import.meta.dirname, "..", "..", "keys", "rust-release-key.asc");
// openpgp.js is large: load it only when a signature is actually checked.
const pgp = () => __webpack_require__.e(/* import() */ 763).then(__webpack_require__.bind(__webpack_require__, 7763));
/**
 * Reads an armored public key and checks that its primary fingerprint is `expectedFingerprint`; a key file that
 * was swapped or mangled is an error, never a silent downgrade.
 */
async function loadReleaseKey(armored, expectedFingerprint = RUST_RELEASE_KEY_FINGERPRINT, source = "the release key") {
    const openpgp = await pgp();
    let key;
    try {
        key = await openpgp.readKey({ armoredKey: armored });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA(`${source} is not an armored OpenPGP public key: ${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)}`);
    }
    const fingerprint = key.getFingerprint().toUpperCase();
    const expected = expectedFingerprint.replace(/\s+/g, "").toUpperCase();
    if (fingerprint !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA(`${source} has fingerprint ${fingerprint}, but ${expected} is required`);
    }
    return { armored, fingerprint };
}
/** The shipped key file, or null when the repository does not ship one. */
async function loadShippedReleaseKey(file = DEFAULT_RELEASE_KEY_PATH) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return null;
    return loadReleaseKey(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, "utf8"), RUST_RELEASE_KEY_FINGERPRINT, file);
}
async function verifyDetachedSignature(data, armoredSignature, key, what) {
    const openpgp = await pgp();
    try {
        const [verificationKeys, signature, message] = await Promise.all([
            openpgp.readKey({ armoredKey: key.armored }),
            openpgp.readSignature({ armoredSignature }),
            openpgp.createMessage({ binary: data }),
        ]);
        const result = await openpgp.verify({
            message,
            signature,
            verificationKeys,
            expectSigned: true,
            format: "binary",
        });
        await result.signatures[0]?.verified;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA(`the OpenPGP signature of ${what} does not verify with key ${key.fingerprint}: ${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)}`);
    }
}


/***/ })

};
