export const id = 715;
export const ids = [715];
export const modules = {

/***/ 16715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePolicy: () => (/* binding */ parsePolicy)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/policy/glob-match.ts
// Glob checks for policy files: a pattern that cannot mean what its author intended is an error
// when the file is read, not a rule that silently never matches.
function globProblem(pattern) {
    if (pattern.trim() === '')
        return 'an empty glob matches nothing';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end === -1)
                return `unclosed "[" at position ${i + 1}`;
            i = end;
        }
        else if (c === '{')
            braces++;
        else if (c === '}') {
            if (braces === 0)
                return `"}" without "{" at position ${i + 1}`;
            braces--;
        }
    }
    if (braces > 0)
        return 'unclosed "{"';
    return undefined;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/policy/policy-error.ts

/** A policy file that cannot be used as written: names the file, the line and the key. */
class PolicyError extends errors/* UpgradeActionError */.P {
    constructor(message, file, line, hint) {
        super('invalid-policy', message, { file, line }, hint);
    }
}

// EXTERNAL MODULE: ./src/core/policy/types.ts
var types = __webpack_require__(83755);
;// CONCATENATED MODULE: ./src/core/policy/parse-policy.ts
// Reads a policy file (YAML). Every mistake is an error naming the key and its line: a typo in a
// policy must never quietly widen what gets proposed.




const TOP_KEYS = ['ignore', 'update-types', 'rules'];
const IGNORE_KEYS = { workload: 'workloads', server: 'servers', path: 'paths' };
const SELECTOR_KEYS = ['workloads', 'servers', 'paths'];
const RULE_KEYS = [...SELECTOR_KEYS, 'update-types', 'ignore'];
class Reader {
    file;
    text;
    lines = new dist/* LineCounter */.HN();
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    parse() {
        const doc = (0,dist/* parseDocument */.Tp)(this.text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
        const problem = doc.errors[0] ?? doc.warnings[0];
        if (problem)
            throw new PolicyError(`not valid YAML: ${problem.message.split('\n')[0]}`, this.file, this.lineOf(problem.pos[0]));
        return doc.contents ?? null;
    }
    /** An error found at the end of input (an unclosed bracket) names the last line with text. */
    lineOf(offset) {
        const end = this.text.trimEnd().length;
        return this.lines.linePos(Math.min(offset, Math.max(0, end - 1))).line;
    }
    source(node) {
        const range = node?.range;
        return { file: this.file, line: range ? this.lines.linePos(range[0]).line : 1 };
    }
    fail(node, message, hint) {
        throw new PolicyError(message, this.file, this.source(node).line, hint);
    }
    map(node, what) {
        if (!(0,dist/* isMap */.jh)(node))
            this.fail(node, `${what} must be a mapping`);
        return node;
    }
    /** The map's members as [key, value node], refusing keys outside `allowed`. */
    entries(map, allowed, where) {
        return map.items.map((pair) => {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
            if (key === undefined || !allowed.includes(key)) {
                this.fail(pair.key, `${where}: unknown key ${JSON.stringify(key ?? '?')}`, `allowed: ${allowed.join(', ')}`);
            }
            return [key, pair.value ?? null];
        });
    }
    strings(node, key) {
        const items = (0,dist/* isSeq */.oP)(node) ? node.items : [node];
        if ((0,dist/* isSeq */.oP)(node) && node.items.length === 0)
            this.fail(node, `${key} must not be empty`);
        return items.map((item) => {
            if (!(0,dist/* isScalar */.jn)(item) || typeof item.value !== 'string')
                this.fail(item, `${key}: expected a string or a list of strings`);
            return item.value;
        });
    }
    globs(node, key) {
        const globs = this.strings(node, key);
        for (const glob of globs) {
            const problem = globProblem(glob);
            if (problem)
                this.fail(node, `${key}: bad glob ${JSON.stringify(glob)}: ${problem}`);
        }
        return globs;
    }
    updateTypes(node, key) {
        const values = this.strings(node, key);
        for (const v of values) {
            if (!types/* UPDATE_TYPES */.Y.includes(v))
                this.fail(node, `${key}: unknown update type ${JSON.stringify(v)}`, `use ${types/* UPDATE_TYPES */.Y.join(', ')}`);
        }
        return { types: [...new Set(values)], source: this.source(node) };
    }
    boolean(node, key) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'boolean')
            this.fail(node, `${key} must be true or false`);
        return node.value;
    }
}
function readIgnore(r, node) {
    if (!(0,dist/* isSeq */.oP)(node))
        r.fail(node, 'ignore must be a list of { workload | server | path: glob }');
    return node.items.map((item) => {
        const selector = {};
        const entries = r.entries(r.map(item, 'an ignore entry'), Object.keys(IGNORE_KEYS), 'ignore entry');
        if (entries.length === 0)
            r.fail(item, 'an ignore entry needs workload, server or path');
        for (const [key, value] of entries)
            selector[IGNORE_KEYS[key]] = r.globs(value, `ignore.${key}`);
        return { selector, source: r.source(item) };
    });
}
function readRule(r, item, index) {
    const where = `rules[${index}]`;
    const rule = { selector: {} };
    for (const [key, value] of r.entries(r.map(item, where), RULE_KEYS, where)) {
        if (key === 'update-types')
            rule.updateTypes = r.updateTypes(value, `${where}.update-types`);
        else if (key === 'ignore')
            rule.ignore = { value: r.boolean(value, `${where}.ignore`), source: r.source(value) };
        else
            rule.selector[key] = r.globs(value, `${where}.${key}`);
    }
    if (!rule.selector.paths && !rule.selector.servers && !rule.selector.workloads)
        r.fail(item, `${where}: a rule needs paths, workloads or servers`);
    if (!rule.updateTypes && !rule.ignore)
        r.fail(item, `${where}: a rule needs update-types or ignore`);
    return rule;
}
/** Parses a policy file; `file` is how errors and held-by notes name it. */
function parsePolicy(text, file) {
    const r = new Reader(file, text);
    const root = r.parse();
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return types/* DEFAULT_POLICY */.z;
    const policy = { ignore: [], updateTypes: types/* DEFAULT_POLICY */.z.updateTypes, rules: [] };
    for (const [key, value] of r.entries(r.map(root, 'the policy file'), TOP_KEYS, 'policy')) {
        if (key === 'ignore')
            policy.ignore = readIgnore(r, value);
        else if (key === 'update-types')
            policy.updateTypes = r.updateTypes(value, 'update-types');
        else {
            if (!(0,dist/* isSeq */.oP)(value))
                r.fail(value, 'rules must be a list');
            policy.rules = value.items.map((item, i) => readRule(r, item, i));
        }
    }
    return policy;
}


/***/ })

};
