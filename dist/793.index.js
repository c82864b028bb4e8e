export const id = 793;
export const ids = [793];
export const modules = {

/***/ 92793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveRegistry: () => (/* binding */ serveRegistry)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6440);
/* harmony import */ var _open_catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18632);
// The registry worker itself: loads the file source with the in-process code, resolves names as
// the run sends them, and answers once with every outcome the run asked for.



function sent(error) {
    if (error instanceof _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl) {
        return { message: error.message, registry: { code: error.code, place: error.place, hint: error.hint, status: error.status } };
    }
    return { message: error instanceof Error ? error.message : String(error) };
}
function serveRegistry() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        throw new Error('serveRegistry runs on a worker thread');
    const { options } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const post = (message) => port.postMessage(message);
    // Each distinct outcome (two names can find one entry) as JSON text, written as it is resolved:
    // while the run is still reading manifests, not while it waits for the answer.
    const outcomes = new Map();
    const distinct = new Map();
    const texts = [];
    let failure;
    const opened = (0,_open_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegistry */ .Me)({
        ...options,
        log: (message) => post({ type: 'log', message })
    }).catch((error) => {
        failure = sent(error);
        return undefined;
    });
    // One message at a time, in order: a `resolve` waits for the `want`s before it.
    let queue = Promise.resolve();
    port.on('message', (message) => {
        queue = queue.then(async () => {
            const provider = await opened;
            if (provider && !failure) {
                try {
                    const fresh = message.names.filter((name) => !outcomes.has(name));
                    if (fresh.length) {
                        for (const [name, outcome] of await provider.resolve(fresh)) {
                            // A short name and the full name find the same entry object: sent once.
                            const key = outcome.kind === 'found' ? outcome.server : outcome;
                            let index = distinct.get(key);
                            if (index === undefined) {
                                index = texts.push(JSON.stringify(outcome)) - 1;
                                distinct.set(key, index);
                            }
                            outcomes.set(name, index);
                        }
                    }
                }
                catch (error) {
                    failure = sent(error);
                }
            }
            if (message.type !== 'resolve')
                return;
            if (failure || !provider)
                post({ type: 'failed', error: failure ?? { message: 'the registry did not load' } });
            else {
                const order = message.names.map((name) => outcomes.get(name));
                post({ type: 'resolved', order, outcomes: `[${texts.join(',')}]`, source: provider.registry.source });
            }
        });
    });
}


/***/ })

};
