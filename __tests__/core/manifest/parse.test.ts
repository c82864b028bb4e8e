import { parseManifest } from '../../../src/core/manifest/parse.js';
import { REGISTRY_SERVER_ANNOTATION } from '../../../src/core/manifest/mcpserver.js';
import { readFixture } from '../../helpers/fixtures.js';
import { replaceImage } from '../../../src/core/pr/edit.js';

const explicit = { explicit: true };
const scanned = { explicit: false };

describe('RunConfig JSON', () => {
  test('reads the checker fields of a registry-sourced RunConfig and locates the image value', () => {
    const text = readFixture('synthetic/runconfig-drift-example.json');
    const { workloads, problems } = parseManifest('rc/drift.json', text, explicit);
    expect(problems).toEqual([]);
    expect(workloads).toHaveLength(1);
    const w = workloads[0];
    expect(w).toMatchObject({
      kind: 'runconfig',
      file: 'rc/drift.json',
      name: 'wl',
      image: 'ghcr.io/example/server:1.0.0',
      registryServerName: 'example-server',
      transport: 'stdio',
      permissionProfileNameOrPath: 'none',
      envVarNames: ['LOG_LEVEL'],
      secrets: ['mykey,target=API_KEY']
    });
    expect(w.imageSpan.line).toBe(3);
    expect(text.slice(w.imageSpan.offset, w.imageSpan.offset + w.imageSpan.length)).toBe('"ghcr.io/example/server:1.0.0"');
  });

  test('reads every RunConfig fixture, including Go test literals with tabs and one-line documents', () => {
    for (const rel of [
      'runconfig/real/toolhive-studio-export-mock.json',
      'runconfig/extracted/config_test-minimal.json',
      'runconfig/extracted/config_test-file-loading.json',
      'runconfig/extracted/operator-configmap-test-camelcase-key.json',
      'synthetic/runconfig-osv-raw-image.json',
      'synthetic/runconfig-osv-upgrade-registry-sourced.json'
    ]) {
      const text = readFixture(rel);
      const { workloads, problems } = parseManifest(rel, text, explicit);
      expect({ rel, problems }).toEqual({ rel, problems: [] });
      const w = workloads[0];
      const token = text.slice(w.imageSpan.offset, w.imageSpan.offset + w.imageSpan.length);
      expect(JSON.parse(token)).toBe(w.image);
    }
  });

  test('matches keys case-insensitively with the last one winning, as Go decodes', () => {
    const text = '{"name":"a","IMAGE":"ghcr.io/x/y:1","Image":"ghcr.io/x/y:2","Registry_Server_Name":"srv"}';
    const [w] = parseManifest('a.json', text, explicit).workloads;
    expect(w.image).toBe('ghcr.io/x/y:2');
    expect(w.registryServerName).toBe('srv');
    expect(text.slice(w.imageSpan.offset, w.imageSpan.offset + w.imageSpan.length)).toBe('"ghcr.io/x/y:2"');
  });

  test('the image position is that of the last top-level "image", never one nested in another value', () => {
    const text =
      '{"env_vars":{"image":"no:1"},"name":"a","cmd_args":["\\"image\\": \\"no:2\\""],"image":"first:1",\n"im\\u0061ge":"x:2","registry_server_name":"r"}';
    const [w] = parseManifest('a.json', text, explicit).workloads;
    expect(w.image).toBe('x:2');
    expect(text.slice(w.imageSpan.offset, w.imageSpan.offset + w.imageSpan.length)).toBe('"x:2"');
    expect(w.imageSpan).toMatchObject({ line: 2, column: 14 });
    const bad = '{\n  "name": "a",\n  "image": "x:1",\n  "transport": 7\n}';
    expect(parseManifest('b.json', bad, explicit).problems).toEqual([
      { file: 'b.json', name: 'a', line: 4, column: 16, message: '"transport" must be a string, found a number' }
    ]);
  });

  test('ignores data after the first JSON value, as Go decodes a stream', () => {
    const { workloads, problems } = parseManifest('a.json', '{"name":"a","image":"x:1"}\ntrailing garbage', explicit);
    expect(problems).toEqual([]);
    expect(workloads[0].image).toBe('x:1');
  });

  test('never keeps env var values', () => {
    const text = '{"name":"a","image":"x:1","env_vars":{"API_KEY":"s3cr3t-value"}}';
    const [w] = parseManifest('a.json', text, explicit).workloads;
    expect(JSON.stringify(w)).not.toContain('s3cr3t-value');
    expect(w.envVarNames).toEqual(['API_KEY']);
  });

  test('invalid JSON is a problem naming the file and line', () => {
    const { workloads, problems } = parseManifest('bad.json', '{\n  "name": "a",\n  "image": "x:1"\n  "transport": "stdio"\n}\n', explicit);
    expect(workloads).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe('bad.json');
    expect(problems[0].line).toBe(4);
    expect(problems[0].message).toMatch(/^not valid JSON/);
  });

  test('invalid JSON: the reason and the column of the offending character, past a BOM and at end of input', () => {
    const [missingComma] = parseManifest('bad.json', '{\n  "name": "a",\n  "image": "x:1"\n  "transport": "stdio"\n}\n', explicit).problems;
    expect(missingComma).toMatchObject({ line: 4, column: 3, message: "not valid JSON: expected ',' or '}' after property value" });
    const [withBom] = parseManifest('bom.json', '\ufeff{"name": "a",}', explicit).problems;
    expect(withBom).toMatchObject({ line: 1, column: 15, message: 'not valid JSON: expected a double-quoted property name' });
    const [truncated] = parseManifest('cut.json', '{\n"image": "x:1",\n', explicit).problems;
    expect(truncated).toMatchObject({ line: 3, column: 1, message: 'not valid JSON: unexpected end of input' });
  });

  test('a missing or non-string image is a problem on that file, with the line of the bad value', () => {
    const missing = parseManifest('m.json', '{"name":"a","transport":"stdio"}', explicit);
    expect(missing.problems[0].message).toMatch(/"image" is missing/);
    const wrong = parseManifest('w.json', '{\n"name": "a",\n"image": 42\n}', scanned);
    expect(wrong.problems[0]).toMatchObject({ file: 'w.json', line: 3, name: 'a' });
    expect(wrong.problems[0].message).toBe('"image" must be a string, found a number');
  });

  test('files met while scanning that are not RunConfigs are skipped, named files are reported', () => {
    const pkg = '{"name":"my-package","version":"1.0.0"}';
    expect(parseManifest('package.json', pkg, scanned)).toEqual({ workloads: [], problems: [] });
    expect(parseManifest('package.json', pkg, explicit).problems[0].message).toMatch(/not a ToolHive RunConfig/);
    // tsconfig-style JSON with comments is not ours to judge while scanning.
    expect(parseManifest('tsconfig.json', '{ // comment\n "compilerOptions": {} }', scanned)).toEqual({ workloads: [], problems: [] });
    // ...but a broken file that mentions an image is reported.
    expect(parseManifest('rc.json', '{ "image": "x:1", ', scanned).problems).toHaveLength(1);
  });
});

describe('YAML manifests', () => {
  test('a RunConfig in YAML with comments keeps the image position', () => {
    const text =
      '# my workload\nname: fetch   # the name\nregistry_server_name: fetch\nimage: "ghcr.io/stackloklabs/gofetch/server:1.0.1"\ntransport: streamable-http\n';
    const { workloads, problems } = parseManifest('fetch.yaml', text, explicit);
    expect(problems).toEqual([]);
    const w = workloads[0];
    expect(w.image).toBe('ghcr.io/stackloklabs/gofetch/server:1.0.1');
    expect(w.imageSpan.line).toBe(4);
    expect(text.slice(w.imageSpan.offset, w.imageSpan.offset + w.imageSpan.length)).toBe('"ghcr.io/stackloklabs/gofetch/server:1.0.1"');
  });

  test('MCPServer fixtures map to workloads like the operator renders them', () => {
    const text = readFixture('mcpserver/mcpserver_github.yaml');
    const { workloads, problems } = parseManifest('k8s/github.yaml', text, scanned);
    expect(problems).toEqual([]);
    expect(workloads[0]).toMatchObject({
      kind: 'mcpserver',
      name: 'github',
      image: 'ghcr.io/github/github-mcp-server',
      registryServerName: '',
      transport: 'stdio',
      envVarNames: ['GITHUB_API_URL', 'LOG_LEVEL'],
      secrets: ['github-token,target=GITHUB_PERSONAL_ACCESS_TOKEN']
    });
    expect(workloads[0].imageSpan.line).toBe(text.split('\n').findIndex((l) => l.includes('image:')) + 1);
    for (const rel of ['mcpserver/mcpserver_fetch.yaml', 'mcpserver/mcpserver-github-with-vault.yaml']) {
      expect(parseManifest(rel, readFixture(rel), scanned).workloads).toHaveLength(1);
    }
  });

  test('the registry annotation links an MCPServer to a registry entry; multi-document files give one workload per MCPServer', () => {
    const text = [
      'apiVersion: v1',
      'kind: Namespace',
      'metadata: {name: mcp}',
      '---',
      'apiVersion: toolhive.stacklok.dev/v1beta1',
      'kind: MCPServer',
      'metadata:',
      '  name: fetch',
      '  annotations:',
      `    ${REGISTRY_SERVER_ANNOTATION}: io.github.stacklok/fetch`,
      'spec:',
      "  image: 'ghcr.io/stackloklabs/gofetch/server:0.0.1'",
      '  transport: streamable-http',
      '  permissionProfile: {type: configmap, name: profiles, key: fetch.json}',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec: {template: {spec: {containers: [{name: x, image: nginx}]}}}',
      ''
    ].join('\n');
    const { workloads, problems } = parseManifest('k8s/all.yaml', text, scanned);
    expect(problems).toEqual([]);
    expect(workloads).toHaveLength(1);
    expect(workloads[0]).toMatchObject({
      documentIndex: 1,
      registryServerName: 'io.github.stacklok/fetch',
      transport: 'streamable-http',
      permissionProfileNameOrPath: '/etc/toolhive/profiles/fetch.json'
    });
    expect(workloads[0].imageSpan.line).toBe(12);
    const { offset, length } = workloads[0].imageSpan;
    expect(text.slice(offset, offset + length)).toBe("'ghcr.io/stackloklabs/gofetch/server:0.0.1'");
  });

  test('invalid YAML names the file and line; Helm templates met while scanning are skipped', () => {
    const bad = parseManifest('bad.yaml', 'name: a\nimage: [unclosed\n', explicit);
    expect(bad.problems[0]).toMatchObject({ file: 'bad.yaml' });
    expect(bad.problems[0].line).toBeGreaterThanOrEqual(2);
    expect(bad.problems[0].message).toMatch(/^not valid YAML/);
    expect(parseManifest('templates/d.yaml', 'image: {{ .Values.image }}\n', scanned)).toEqual({ workloads: [], problems: [] });
  });
});

describe('hostile manifests', () => {
  test('JSON nested thousands deep is an invalid file with the reason, not a crash', () => {
    const text = `{"data":${'['.repeat(6000)}${']'.repeat(5999)}}`;
    for (const options of [explicit, scanned]) {
      const { workloads, problems } = parseManifest('deep.json', text, options);
      expect(workloads).toEqual([]);
      // Scanned files that do not mention an image are not ours to judge.
      expect(problems).toEqual(
        options.explicit
          ? [{ file: 'deep.json', line: 1, column: text.length, message: "not valid JSON: expected ',' or ']' after array element" }]
          : []
      );
    }
    const withImage = `{"image":"x:1","name":"a","data":${'['.repeat(6000)}${']'.repeat(5999)}}`;
    expect(parseManifest('deep.json', withImage, scanned).problems).toEqual([
      { file: 'deep.json', line: 1, column: withImage.length, message: "not valid JSON: expected ',' or ']' after array element" }
    ]);
  });

  test('YAML nested thousands deep is an invalid file with the reason', () => {
    const text = `image: x:1\nname: a\ndata: ${'['.repeat(6000)}${']'.repeat(5999)}\n`;
    const { workloads, problems } = parseManifest('deep.yaml', text, explicit);
    expect(workloads).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'deep.yaml', message: expect.stringMatching(/^not valid YAML: /) });
  });

  // Line numbers were recomputed from the start of the file for each document (quadratic): at this
  // size that took about 26 s; read once, the file takes a few seconds of YAML parsing.
  test('a file of 10,000 documents is read in linear time, with the right line for each image', async () => {
    const docs: string[] = [];
    for (let i = 0; i < 10_000; i++) docs.push(`---\n${'\n'.repeat(8)}name: w${i}\nimage: ghcr.io/a/b:${i}\ntransport: stdio\n`);
    const text = docs.join('');
    const { workloads, problems } = parseManifest('many.yaml', text, explicit);
    expect(problems).toEqual([]);
    expect(workloads).toHaveLength(10_000);
    for (const i of [0, 1, 4_999, 9_999]) {
      expect(workloads[i]).toMatchObject({ documentIndex: i, name: `w${i}`, image: `ghcr.io/a/b:${i}` });
      expect(workloads[i].imageSpan).toMatchObject({ line: i * 12 + 11, column: 8 });
      expect(text.slice(workloads[i].imageSpan.offset, workloads[i].imageSpan.offset + workloads[i].imageSpan.length)).toBe(
        `ghcr.io/a/b:${i}`
      );
    }
    // Jest cannot interrupt synchronous work: yield to a timer so that an overrun fails the test.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }, 15_000);

  test('an image given through a YAML alias is read as YAML means it, and marked as not a literal', () => {
    const text = 'img: &img ghcr.io/a/b:1.0.0\nname: a\nimage: *img\ntransport: stdio\n';
    const { workloads, problems } = parseManifest('alias.yaml', text, explicit);
    expect(problems).toEqual([]);
    expect(workloads[0]).toMatchObject({ image: 'ghcr.io/a/b:1.0.0', imageViaAlias: true, imageSpan: { line: 3, column: 8 } });
    expect(text.slice(workloads[0].imageSpan.offset, workloads[0].imageSpan.offset + workloads[0].imageSpan.length)).toBe('*img');
  });

  test('a RunConfig whose image comes through a merge key is read, not skipped', () => {
    const text =
      'base: &base\n  image: ghcr.io/a/b:1.0.0\n  transport: stdio\n---\nname: other\n---\n' +
      'defaults: &d\n  image: ghcr.io/a/b:1.0.0\n  transport: stdio\nname: merged\nregistry_server_name: b\n<<: *d\n';
    for (const options of [explicit, scanned]) {
      const { workloads, problems } = parseManifest('merge.yaml', text, options);
      expect(problems).toEqual([]);
      // The first two documents are no RunConfigs; the third is, once its merge key is read.
      expect(workloads).toHaveLength(1);
      const merged = workloads[0];
      expect(merged).toMatchObject({
        image: 'ghcr.io/a/b:1.0.0',
        transport: 'stdio',
        registryServerName: 'b',
        imageViaAlias: true,
        documentIndex: 2
      });
      expect(text.slice(merged.imageSpan.offset, merged.imageSpan.offset + merged.imageSpan.length)).toBe('*d');
    }
  });

  test('explicit members win over merged ones, and earlier merge sources over later ones', () => {
    const text = 'a: &a {image: "x:1", transport: sse}\nb: &b {image: "y:2", name: from-b}\nname: n\n<<: [*a, *b]\ntransport: stdio\n';
    const [w] = parseManifest('m.yaml', text, explicit).workloads;
    expect(w).toMatchObject({ image: 'x:1', name: 'n', transport: 'stdio', imageViaAlias: true });
    expect(text.slice(w.imageSpan.offset, w.imageSpan.offset + w.imageSpan.length)).toBe('*a');
    const literal = parseManifest('l.yaml', 'name: n\nimage: x:1\n', explicit).workloads[0];
    expect(literal.imageViaAlias).toBeUndefined();
  });

  test('an MCPServer whose spec comes through an alias is read, and its image marked', () => {
    const text =
      'x-spec: &spec\n  image: ghcr.io/a/b:1.0.0\n  transport: stdio\napiVersion: toolhive.stacklok.dev/v1alpha1\nkind: MCPServer\nmetadata:\n  name: s\nspec: *spec\n';
    const { workloads, problems } = parseManifest('s.yaml', text, explicit);
    expect(problems).toEqual([]);
    expect(workloads[0]).toMatchObject({ kind: 'mcpserver', image: 'ghcr.io/a/b:1.0.0', imageViaAlias: true });
    expect(text.slice(workloads[0].imageSpan.offset, workloads[0].imageSpan.offset + workloads[0].imageSpan.length)).toBe('*spec');
  });

  test('PR mode leaves an image reached through an alias or merge key alone: its span is not a literal', () => {
    for (const text of ['img: &img ghcr.io/a/b:1.0.0\nname: a\nimage: *img\n', 'd: &d\n  image: ghcr.io/a/b:1.0.0\nname: a\n<<: *d\n']) {
      const [w] = parseManifest('a.yaml', text, explicit).workloads;
      expect(() => replaceImage(text, w.imageSpan, 'ghcr.io/a/b:2.0.0', w.image, w.file)).toThrow(
        expect.objectContaining({ code: 'edit-unsupported-style' })
      );
    }
  });
});
