export const id = 156;
export const ids = [156];
export const modules = {

/***/ 88982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ loadRegistryInProcess)
/* harmony export */ });
/* harmony import */ var _open_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18632);

const loadRegistryInProcess = (options) => ({
    want() { },
    async resolve(names) {
        const provider = await (0,_open_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .openRegistry */ .Me)(options);
        try {
            return { lookups: await provider.resolve([...names]), source: provider.registry.source };
        }
        finally {
            await provider.close?.();
        }
    },
    cancel() { }
});


/***/ }),

/***/ 54156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryWorkerLoader: () => (/* binding */ registryWorkerLoader)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6440);
/* harmony import */ var _core_catalog_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66228);
/* harmony import */ var _open_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18632);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88982);
/* harmony import */ var _registry_worker_role_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10281);
// A registry file read, parsed and converted on a worker thread while the run reads the
// manifests: on a large registry that work is as long as reading thousands of manifests, and the
// second core would otherwise sit idle. Remote sources load in process (registry-load.ts).






/** Loads file sources on a worker started from `script`, an entry that serves the worker role (registry-worker-role.ts). */
function registryWorkerLoader(script) {
    return (options) => ((0,_open_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .isFileSource */ .ql)(options) ? startRegistryWorker(script, options) : (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadRegistryInProcess */ .u)(options));
}
function rebuilt(error) {
    const r = error.registry;
    return r ? new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(r.code, error.message, r.place, r.hint, r.status) : new Error(error.message);
}
function startRegistryWorker(script, options) {
    const log = options.log ?? (() => undefined);
    const data = {
        role: _registry_worker_role_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_WORKER_ROLE */ ._,
        options: { source: options.source, kind: options.kind, maxBytes: options.maxBytes }
    };
    // The run's own flags (a --require, a profiler) are not the worker's.
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(script, { workerData: data, execArgv: [] });
    // Only a pending answer keeps the process alive: a run that stops early does not wait for it.
    worker.unref();
    let asked = [];
    const answer = new Promise((resolve, reject) => {
        worker.on('message', (message) => {
            if (message.type === 'log')
                log(message.message);
            else if (message.type === 'resolved') {
                const outcomes = JSON.parse(message.outcomes);
                resolve({ lookups: new Map(asked.map((name, i) => [name, outcomes[message.order[i]]])), source: message.source });
            }
            else
                reject(rebuilt(message.error));
        });
        worker.on('error', (error) => reject(new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl('registry-invalid-source', `the registry could not be loaded: ${error.message}`, (0,_core_catalog_format_js__WEBPACK_IMPORTED_MODULE_2__/* .placeOf */ .$t)(options.source))));
        worker.on('exit', (code) => reject(new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl('registry-invalid-source', `the registry loader stopped (exit code ${code})`, (0,_core_catalog_format_js__WEBPACK_IMPORTED_MODULE_2__/* .placeOf */ .$t)(options.source))));
    });
    // Reported by resolve() only: a run that needs no registry never hears of a broken one.
    answer.catch(() => undefined);
    const wanted = new Set();
    return {
        want(names) {
            const fresh = names.filter((name) => !wanted.has(name));
            for (const name of fresh)
                wanted.add(name);
            if (fresh.length)
                worker.postMessage({ type: 'want', names: fresh });
        },
        async resolve(names) {
            worker.ref();
            asked = [...names];
            worker.postMessage({ type: 'resolve', names: asked });
            try {
                return await answer;
            }
            finally {
                void worker.terminate();
            }
        },
        cancel() {
            void worker.terminate();
        }
    };
}


/***/ })

};
