export const id = 949;
export const ids = [949];
export const modules = {

/***/ 1949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseManifest: () => (/* binding */ parseManifest),
  syntaxOf: () => (/* binding */ syntaxOf)
});

// EXTERNAL MODULE: ./src/core/manifest/parse-json-manifest.ts + 2 modules
var parse_json_manifest = __webpack_require__(131);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/manifest/parse-yaml.ts

// Merge keys are YAML 1.1, which Kubernetes tooling (sigs.k8s.io/yaml) still reads.
const OPTIONS = { prettyErrors: true, uniqueKeys: true, merge: true };
// Enough for any real manifest; more is an alias bomb.
const MAX_ALIAS_COUNT = 100;
function isMergeKey(key) {
    return (0,dist/* isScalar */.jn)(key) && (key.value === '<<' || (typeof key.value === 'symbol' && key.source === '<<'));
}
/**
 * The node holding `key` in `map`, as YAML reads it: an explicit member first, then merged maps
 * in order (`<<: *base` or `<<: [*a, *b]`; the first that has the key wins). `via` is the alias
 * the member was reached through, if any.
 */
function memberOf(doc, map, key) {
    // Breadth of merges is bounded by the document; `seen` stops a map merged into itself.
    const seen = new Set();
    const pending = [{ map }];
    for (let next = 0; next < pending.length; next++) {
        const { map: current, via } = pending[next];
        if (seen.has(current) || !(0,dist/* isMap */.jh)(current))
            continue;
        seen.add(current);
        const pair = current.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
        if (pair)
            return { node: pair.value, via };
        for (const p of current.items) {
            if (!isMergeKey(p.key))
                continue;
            const sources = (0,dist/* isSeq */.oP)(p.value) ? p.value.items : [p.value];
            for (const source of sources) {
                if ((0,dist/* isAlias */.Vj)(source)) {
                    const target = source.resolve(doc);
                    if (target)
                        pending.push({ map: target, via: via ?? source });
                }
                else if ((0,dist/* isMap */.jh)(source))
                    pending.push({ map: source, via });
            }
        }
    }
    return undefined;
}
/** Position of the member at `path` (through aliases and merge keys); its value comes from `js`. */
function fieldAt(doc, js, path) {
    let node = doc.contents;
    let value = js;
    let via;
    for (const key of path) {
        if ((0,dist/* isAlias */.Vj)(node)) {
            via ??= node;
            node = node.resolve(doc);
        }
        if (!(0,dist/* isMap */.jh)(node) || value === null || typeof value !== 'object')
            return undefined;
        const member = memberOf(doc, node, key);
        if (!member)
            return undefined;
        via ??= member.via;
        node = member.node;
        value = value[key];
    }
    if (node === null || node === undefined)
        return undefined;
    if ((0,dist/* isAlias */.Vj)(node))
        via ??= node;
    // Through an alias the value's own token may be shared with other documents: point at the alias
    // token instead, which the edit step refuses to rewrite (`*` is not a literal).
    const range = (via ?? node).range;
    const field = { value, start: range ? range[0] : 0, end: range ? range[1] : 0 };
    if (via)
        field.viaAlias = true;
    return field;
}
function hasKey(value, key) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, key);
}
function parseYamlDocuments(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text, OPTIONS);
    const list = Array.isArray(docs) ? docs : [];
    const documents = [];
    for (let index = 0; index < list.length; index++) {
        const doc = list[index];
        const error = doc.errors[0];
        if (error) {
            const pos = error.linePos?.[0];
            // Errors found at end of input (an unclosed bracket) point past the last line; name the last one with text.
            if (pos && pos.line > 1 && text.slice(error.pos[0]).trim() === '') {
                pos.line = text.slice(0, error.pos[0]).trimEnd().split('\n').length;
                pos.col = 1;
            }
            return {
                ok: false,
                message: `not valid YAML: ${describeError(error.message)}`,
                line: pos?.line,
                column: pos?.col,
                documentIndex: index
            };
        }
        let value;
        try {
            value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (e) {
            return { ok: false, message: `not valid YAML: ${describeError(e.message)}`, documentIndex: index };
        }
        documents.push({
            index,
            value,
            lookup: (key) => fieldAt(doc, value, [key]),
            has: (key) => hasKey(value, key),
            nested: (path) => fieldAt(doc, value, path)
        });
    }
    return { ok: true, documents };
}
/** The parser's first line, without its position (reported separately); a stack overflow means nesting. */
function describeError(message) {
    const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return /call stack/i.test(first) ? 'nested too deeply to read' : first;
}

// EXTERNAL MODULE: ./src/core/manifest/runconfig.ts
var runconfig = __webpack_require__(3590);
// EXTERNAL MODULE: ./src/core/manifest/mcpserver.ts
var mcpserver = __webpack_require__(4502);
;// CONCATENATED MODULE: ./src/core/manifest/parse.ts




function syntaxOf(file, text) {
    if ((0,parse_json_manifest/* isJsonManifestName */.f3)(file))
        return 'json';
    const lower = file.toLowerCase();
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    return /^\uFEFF?\s*\{/.test(text) ? 'json' : 'yaml';
}
// While scanning, a YAML file that does not parse is reported only when it looks like a broken
// manifest; a random YAML fragment is not ours to judge.
const MENTIONS_IMAGE_YAML = /^\s*(image\s*:|kind\s*:\s*MCPServer\b)/m;
/** Parses one file's text into workloads; never throws for bad input. */
function parseManifest(file, text, options) {
    return syntaxOf(file, text) === 'json' ? (0,parse_json_manifest/* parseJsonManifest */.d7)(file, text, options) : parseYamlManifest(file, text, options);
}
function parseYamlManifest(file, text, options) {
    const parsed = parseYamlDocuments(text);
    if (!parsed.ok) {
        // Templates (Helm, Go text/template) are not manifests we can read or edit.
        if (!options.explicit && (text.includes('{{') || !MENTIONS_IMAGE_YAML.test(text)))
            return { workloads: [], problems: [] };
        const { message, line, column, documentIndex } = parsed;
        return { workloads: [], problems: [{ file, line, column, documentIndex: documentIndex > 0 ? documentIndex : undefined, message }] };
    }
    const workloads = [];
    const problems = [];
    for (const doc of parsed.documents) {
        const value = doc.value;
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            continue;
        try {
            if ((0,mcpserver/* isMcpServer */.IT)(value)) {
                workloads.push((0,mcpserver/* mcpServerWorkload */.rd)(text, value, doc.nested(['spec', 'image']), file, doc.index));
            }
            else if (!('apiVersion' in value) && (0,runconfig/* looksLikeRunConfig */.J)(doc.has)) {
                workloads.push((0,runconfig/* runConfigWorkload */.L)(text, doc.lookup, file, doc.index));
            }
        }
        catch (error) {
            problems.push((0,parse_json_manifest/* fieldProblem */.SL)(file, text, error, parsed.documents.length > 1 ? doc.index : undefined));
        }
    }
    if (options.explicit && workloads.length === 0 && problems.length === 0)
        problems.push({ file, message: parse_json_manifest/* NOT_A_MANIFEST */.eN });
    return { workloads, problems };
}


/***/ })

};
