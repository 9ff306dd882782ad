export const id = 297;
export const ids = [297];
export const modules = {

/***/ 297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cyclonedxJson: () => (/* binding */ cyclonedxJson)
/* harmony export */ });
/* unused harmony exports cargoPurl, buildBom */
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1077);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2619);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9543);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6886);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _crate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6831);
/**
 * The SBOM of the Rust modules as CycloneDX 1.6 JSON, built with the CycloneDX project's own
 * library (the model, its normaliser and serialiser; its validator checks the published schema).
 * One `library` component per module (the installed extension), one per crate compiled in; each
 * module's dependency entry lists every crate that went into it. Deterministic: lists sorted,
 * no random serial number, and the timestamp given by the caller (SOURCE_DATE_EPOCH when set).
 */
// Subpath imports: the package root also loads its schema resources through __dirname, which an
// ESM bundle does not have (and the SBOM is only built here, never validated).





/** Property names, in the `oxidize:` namespace CycloneDX leaves to tools. */
const PROPERTY = {
    source: "oxidize:crate:source",
    buildScript: "oxidize:crate:build-script",
    procMacro: "oxidize:crate:proc-macro",
    module: "oxidize:module",
};
/** `pkg:cargo/<name>@<version>`: the purl type cargo packages have. */
function cargoPurl(name, version) {
    return `pkg:cargo/${encodeURIComponent(name)}@${encodeURIComponent(version)}`;
}
function crateRef(crate) {
    // Two crates of one name and version from different sources are two components.
    return (0,_crate_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceKind */ .uh)(crate.source) === "registry" ? (0,_crate_js__WEBPACK_IMPORTED_MODULE_4__/* .crateKey */ .R7)(crate) : `${(0,_crate_js__WEBPACK_IMPORTED_MODULE_4__/* .crateKey */ .R7)(crate)} ${crate.source}`;
}
function crateComponent(crate) {
    const component = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Library, crate.name, {
        bomRef: crateRef(crate),
        version: crate.version,
        purl: cargoPurl(crate.name, crate.version),
        // "excluded": ran at build time (a proc-macro, a build script's dependency), not shipped.
        scope: crate.kind === "normal" ? _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentScope.Required : _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentScope.Excluded,
    });
    if (crate.checksum)
        component.hashes.set(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.HashAlgorithm["SHA-256"], crate.checksum);
    if (crate.license)
        component.licenses.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.LicenseExpression(crate.license));
    else if (crate.licenseFile)
        component.licenses.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.NamedLicense(`file: ${crate.licenseFile}`));
    component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property(PROPERTY.source, crate.source));
    component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property(PROPERTY.buildScript, String(crate.buildScript)));
    component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property(PROPERTY.procMacro, String(crate.procMacro)));
    return component;
}
/** The BOM model: modules and crates as components, each module depending on its crates. */
function buildBom(modules, options) {
    const crates = new Map();
    const root = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Application, options.name, {
        bomRef: `project ${options.name}`,
    });
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Bom();
    bom.metadata.timestamp = options.timestamp;
    bom.metadata.component = root;
    bom.metadata.tools.components.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Application, options.tool.name, {
        version: options.tool.version,
    }));
    for (const module of modules) {
        const component = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Library, module.module, {
            bomRef: `module ${module.module}`,
            version: module.version,
            purl: cargoPurl(module.package, module.version),
            scope: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentScope.Required,
        });
        component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property(PROPERTY.module, module.module));
        if (module.artifact)
            component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property("oxidize:module:artifact", module.artifact));
        for (const crate of module.crates) {
            if (crate.name === module.package && (0,_crate_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceKind */ .uh)(crate.source) === "path")
                continue; // the module itself
            const ref = crateRef(crate);
            let entry = crates.get(ref);
            if (!entry) {
                entry = crateComponent(crate);
                crates.set(ref, entry);
                bom.components.add(entry);
            }
            component.dependencies.add(entry.bomRef);
        }
        bom.components.add(component);
        root.dependencies.add(component.bomRef);
    }
    return bom;
}
/** The CycloneDX 1.6 JSON text of the SBOM, sorted and indented, ending in a newline. */
function cyclonedxJson(modules, options) {
    const serializer = new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__.JsonSerializer(new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__.JSON.Normalize.Factory(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__.Spec1dot6));
    return `${serializer.serialize(buildBom(modules, options), { sortLists: true, space: 2 })}\n`;
}


/***/ })

};
