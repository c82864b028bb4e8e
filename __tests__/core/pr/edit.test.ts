import { readdirSync } from 'node:fs';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { applyEdits, EditError, isSafePlainScalar, replaceImage } from '../../../src/core/pr/edit.js';
import { fixturePath, readFixture } from '../../helpers/fixtures.js';
import { jsonImageSpan, spanOf } from '../../helpers/pr-support.js';

const jsonFixtures = [
  ...readdirSync(fixturePath('runconfig/real')).map((f) => `runconfig/real/${f}`),
  ...readdirSync(fixturePath('runconfig/extracted')).map((f) => `runconfig/extracted/${f}`),
  ...readdirSync(fixturePath('synthetic'))
    .filter((f) => f.startsWith('runconfig-'))
    .map((f) => `synthetic/${f}`)
];

function bumpTag(image: string): string {
  const colon = image.lastIndexOf(':');
  return `${colon > image.lastIndexOf('/') ? image.slice(0, colon) : image}:9.9.9`;
}

describe('replaceImage on RunConfig JSON fixtures', () => {
  test('there are fixtures to test', () => {
    expect(jsonFixtures.length).toBeGreaterThanOrEqual(6);
  });

  test.each(jsonFixtures)('%s: only the image token changes, byte for byte', (rel) => {
    const text = readFixture(rel);
    const { span, value } = jsonImageSpan(text);
    const next = bumpTag(value);
    const out = replaceImage(text, span, next, value, rel);

    const expected = Buffer.concat([
      Buffer.from(text.slice(0, span.offset), 'utf8'),
      Buffer.from(JSON.stringify(next), 'utf8'),
      Buffer.from(text.slice(span.offset + span.length), 'utf8')
    ]);
    expect(Buffer.from(out, 'utf8').equals(expected)).toBe(true);
    // And the document means the same except for the image.
    expect(JSON.parse(out)).toEqual({ ...JSON.parse(text), image: next });
  });
});

describe('replaceImage on hand-written YAML', () => {
  test('plain value with comments, odd spacing and no trailing newline', () => {
    const text = [
      '# MCP servers for the team',
      'apiVersion: toolhive.stacklok.dev/v1beta1',
      'kind: MCPServer',
      'metadata:',
      '  name:    fetch   # keep this comment',
      'spec:',
      '  image:     ghcr.io/stackloklabs/gofetch/server:1.0.1    # pinned on purpose',
      '',
      '',
      '  transport: streamable-http'
    ].join('\n');
    const span = spanOf(text, 'ghcr.io/stackloklabs/gofetch/server:1.0.1');
    const out = replaceImage(text, span, 'ghcr.io/stackloklabs/gofetch/server:1.2.0', 'ghcr.io/stackloklabs/gofetch/server:1.0.1');
    expect(out).toBe(text.replace('server:1.0.1 ', 'server:1.2.0 '));
    expect(out.endsWith('streamable-http')).toBe(true);
  });

  test('CRLF line endings survive, and so does the last CRLF', () => {
    const text = 'spec:\r\n  # the image\r\n  image: "ghcr.io/a/b:1.0.0"\r\n  transport: stdio\r\n';
    const out = replaceImage(text, spanOf(text, '"ghcr.io/a/b:1.0.0"'), 'ghcr.io/a/b:1.1.0', 'ghcr.io/a/b:1.0.0');
    expect(out).toBe('spec:\r\n  # the image\r\n  image: "ghcr.io/a/b:1.1.0"\r\n  transport: stdio\r\n');
  });

  test('single-quoted stays single-quoted', () => {
    const text = "spec:\n  image: 'ghcr.io/a/b:1.0.0' # quoted\n";
    const out = replaceImage(text, spanOf(text, "'ghcr.io/a/b:1.0.0'"), 'ghcr.io/a/b:2.0.0', 'ghcr.io/a/b:1.0.0');
    expect(out).toBe("spec:\n  image: 'ghcr.io/a/b:2.0.0' # quoted\n");
  });

  test('double-quoted YAML with a YAML-only escape is read correctly and rewritten double-quoted', () => {
    const text = 'spec:\n  image: "ghcr.io\\x2Fa/b:1.0.0"\n';
    const out = replaceImage(text, spanOf(text, '"ghcr.io\\x2Fa/b:1.0.0"'), 'ghcr.io/a/b:1.0.1', 'ghcr.io/a/b:1.0.0');
    expect(out).toBe('spec:\n  image: "ghcr.io/a/b:1.0.1"\n');
  });

  test('a flow mapping keeps its shape', () => {
    const text = 'spec: {image: ghcr.io/a/b:1.0.0, transport: stdio}\n';
    const out = replaceImage(text, spanOf(text, 'ghcr.io/a/b:1.0.0'), 'ghcr.io/a/b:1.0.1', 'ghcr.io/a/b:1.0.0');
    expect(out).toBe('spec: {image: ghcr.io/a/b:1.0.1, transport: stdio}\n');
    expect(parseYaml(out)).toEqual({ spec: { image: 'ghcr.io/a/b:1.0.1', transport: 'stdio' } });
  });

  test('a plain value that YAML would misread is written double-quoted instead', () => {
    const text = 'image: ghcr.io/a/b:1.0.0\n';
    const out = replaceImage(text, spanOf(text, 'ghcr.io/a/b:1.0.0'), 'yes', 'ghcr.io/a/b:1.0.0');
    expect(out).toBe('image: "yes"\n');
    expect(parseYaml(out, { version: '1.1' })).toEqual({ image: 'yes' });
  });

  test('multi-document file: several edits in one pass, other documents untouched', () => {
    const text = [
      '---',
      'kind: MCPServer',
      'metadata: {name: fetch}',
      'spec:',
      '  image: ghcr.io/stackloklabs/gofetch/server:1.0.1',
      '---',
      '# second',
      'kind: MCPServer',
      'metadata: {name: osv}',
      'spec:',
      "  image: 'ghcr.io/stackloklabs/osv-mcp/server:0.1.1'",
      '---',
      'kind: ConfigMap',
      'data: {image: ghcr.io/stackloklabs/osv-mcp/server:0.1.1}',
      ''
    ].join('\n');
    const out = applyEdits(text, [
      {
        span: spanOf(text, 'ghcr.io/stackloklabs/gofetch/server:1.0.1'),
        from: 'ghcr.io/stackloklabs/gofetch/server:1.0.1',
        to: 'ghcr.io/stackloklabs/gofetch/server:1.1.0'
      },
      {
        span: spanOf(text, "'ghcr.io/stackloklabs/osv-mcp/server:0.1.1'"),
        from: 'ghcr.io/stackloklabs/osv-mcp/server:0.1.1',
        to: 'ghcr.io/stackloklabs/osv-mcp/server:0.1.3'
      }
    ]);
    expect(out).toBe(
      text
        .replace('gofetch/server:1.0.1', 'gofetch/server:1.1.0')
        .replace("'ghcr.io/stackloklabs/osv-mcp/server:0.1.1'", "'ghcr.io/stackloklabs/osv-mcp/server:0.1.3'")
    );
    // The unrelated ConfigMap that mentions the same image is not touched.
    expect(parseAllDocuments(out).map((d) => d.toJSON())[2]).toEqual({
      kind: 'ConfigMap',
      data: { image: 'ghcr.io/stackloklabs/osv-mcp/server:0.1.1' }
    });
  });
});

describe('refusals', () => {
  const text = 'spec:\n  image: ghcr.io/a/b:1.0.0\n';

  test('the span does not hold the expected image: typed error, nothing written', () => {
    const span = spanOf(text, 'ghcr.io/a/b:1.0.0');
    expect(() => replaceImage(text, span, 'ghcr.io/a/b:2.0.0', 'ghcr.io/a/b:0.9.0', 'm.yaml')).toThrow(EditError);
    try {
      replaceImage(text, span, 'ghcr.io/a/b:2.0.0', 'ghcr.io/a/b:0.9.0', 'm.yaml');
    } catch (e) {
      expect((e as EditError).code).toBe('edit-span-mismatch');
      expect((e as EditError).describe()).toMatch(/^m\.yaml:2: expected the image "ghcr\.io\/a\/b:0\.9\.0"/);
    }
  });

  test('a span shifted by one character is refused', () => {
    const span = spanOf(text, 'ghcr.io/a/b:1.0.0');
    expect(() => replaceImage(text, { ...span, offset: span.offset + 1 }, 'x:2', 'ghcr.io/a/b:1.0.0')).toThrow(/expected the image/);
    expect(() => replaceImage(text, { ...span, offset: text.length }, 'x:2', 'ghcr.io/a/b:1.0.0')).toThrow(/outside the file/);
  });

  test('a quoted span cut short is refused', () => {
    const t = 'image: "ghcr.io/a/b:1.0.0"\n';
    const span = spanOf(t, '"ghcr.io/a/b:1.0.0');
    expect(() => replaceImage(t, span, 'x:2', 'ghcr.io/a/b:1.0.0')).toThrow(/complete double-quoted/);
  });

  test('block scalars, aliases and multi-line values are not edited', () => {
    const block = 'image: |\n  ghcr.io/a/b:1.0.0\n';
    expect(() => replaceImage(block, spanOf(block, '|\n  ghcr.io/a/b:1.0.0'), 'x:2', 'ghcr.io/a/b:1.0.0')).toThrow(/several lines/);
    const alias = 'image: *img\n';
    expect(() => replaceImage(alias, spanOf(alias, '*img'), 'x:2', 'ghcr.io/a/b:1.0.0')).toThrow(/not edited in place/);
  });

  test('a new image with a line break or control character is refused', () => {
    const span = spanOf(text, 'ghcr.io/a/b:1.0.0');
    expect(() => replaceImage(text, span, 'ghcr.io/a/b:2\nevil: true', 'ghcr.io/a/b:1.0.0')).toThrow(/control characters/);
  });

  test('overlapping edits are refused', () => {
    const span = spanOf(text, 'ghcr.io/a/b:1.0.0');
    expect(() =>
      applyEdits(text, [
        { span, from: 'ghcr.io/a/b:1.0.0', to: 'ghcr.io/a/b:2' },
        { span: { ...span, offset: span.offset + 2, length: 3 }, from: 'cr.', to: 'x' }
      ])
    ).toThrow(/overlap/);
  });
});

describe('isSafePlainScalar', () => {
  test.each([
    ['ghcr.io/stackloklabs/osv-mcp/server:0.1.3', true],
    ['nginx', true],
    ['localhost:5000/x:1', true],
    ['repo@sha256:' + '0'.repeat(64), true],
    ['yes', false],
    ['on', false],
    ['null', false],
    ['1.0', false],
    ['0o17', false],
    ['@x', false],
    ['a #b', false],
    ['a: b', false],
    ['x,y', false],
    ['', false]
  ])('%s → %s', (value, safe) => {
    expect(isSafePlainScalar(value)).toBe(safe);
  });
});
