// toolhive-core's converter fixtures (registry/converters/testdata @ v0.0.41), both directions.
import { readFixtureJson } from '../../helpers/fixtures.js';
import { legacyImageToServerJSON, legacyRemoteToServerJSON } from '../../../src/core/catalog/legacy-to-upstream.js';
import { convertServerJSON } from '../../../src/core/catalog/server-json.js';

type Json = Record<string, any>;

const EXT = ['_meta', 'io.modelcontextprotocol.registry/publisher-provided', 'io.github.stacklok'] as const;

function extension(server: Json): Json {
  const ns = server[EXT[0]][EXT[1]][EXT[2]];
  return ns[Object.keys(ns)[0]!];
}

/**
 * `tool_definitions` is compared apart: Go round-trips it through mark3labs/mcp-go's Tool struct,
 * which writes `"annotations": {}` even when the input had none. We pass the array through
 * untouched (display-only data), so we compare it with that Go artefact removed.
 */
function withoutAnnotations(defs: Json[]): Json[] {
  return defs.map(({ annotations: _a, ...rest }) => rest);
}

function splitToolDefinitions<T extends Json>(value: T): [Omit<T, 'tool_definitions'>, Json[] | undefined] {
  const { tool_definitions, ...rest } = value;
  return [rest, tool_definitions];
}

describe('legacy → upstream (thv registry convert)', () => {
  test.each([
    [
      'image_to_server',
      'input_github.json',
      'expected_github.json',
      () => legacyImageToServerJSON,
      'github',
      'ghcr.io/github/github-mcp-server:v0.19.1'
    ],
    [
      'remote_to_server',
      'input_example.json',
      'expected_example.json',
      () => legacyRemoteToServerJSON,
      'example-remote',
      'https://api.example.com/mcp'
    ]
  ] as const)('%s: legacy entry → server.json', (dir, inputFile, expectedFile, converter, key, extensionKey) => {
    const input = readFixtureJson<Json>(`registry/converters/${dir}/${inputFile}`);
    const expected = readFixtureJson<Json>(`registry/converters/${dir}/${expectedFile}`);
    const actual = converter()(key, input) as Json;

    const [actualExt, actualDefs] = splitToolDefinitions(extension(actual));
    const [expectedExt, expectedDefs] = splitToolDefinitions(extension(expected));
    expect(actualExt).toEqual(expectedExt);
    expect(withoutAnnotations(actualDefs!)).toEqual(withoutAnnotations(expectedDefs!));

    const strip = (s: Json) => ({ ...s, _meta: undefined });
    expect(strip(actual)).toEqual(strip(expected));
    expect(Object.keys(actual[EXT[0]][EXT[1]][EXT[2]])).toEqual([extensionKey]);
  });

  test('an entry name wins over the key; a key with "/" is not prefixed', () => {
    expect(legacyImageToServerJSON('k', { name: 'com.acme/x', image: 'i' }).name).toBe('com.acme/x');
    expect(legacyImageToServerJSON('com.acme/y', { image: 'i' }).name).toBe('com.acme/y');
    expect(legacyImageToServerJSON('fetch', { image: 'i' }).name).toBe('io.github.stacklok/fetch');
  });

  test('transport defaults and localhost URLs for HTTP transports', () => {
    const pkg = (entry: Json) => (legacyImageToServerJSON('x', entry) as Json).packages[0];
    expect(pkg({ image: 'i' }).transport).toEqual({ type: 'stdio' });
    expect(pkg({ image: 'i', transport: 'sse' }).transport).toEqual({ type: 'sse', url: 'http://localhost' });
    expect(pkg({ image: 'i', transport: 'streamable-http', target_port: 8080 }).transport).toEqual({
      type: 'streamable-http',
      url: 'http://localhost:8080'
    });
    expect(pkg({ image: 'i', transport: 'stdio', target_port: 8080 }).transport).toEqual({ type: 'stdio' });
  });

  test('extension: status defaults to "active", empty values vanish, unknown metadata keys drop', () => {
    const ext = extension(
      legacyImageToServerJSON('x', {
        image: 'i',
        tools: [],
        tags: [],
        metadata: { stars: 3, pulls: 9 },
        custom_metadata: {},
        stateless: true
      })
    );
    expect(ext).toEqual({ status: 'active', metadata: { stars: 3 }, stateless: true });
  });

  test('entries Go could not decode are refused (the whole registry converts the rest)', () => {
    expect(() => legacyImageToServerJSON('x', { image: 5 })).toThrow(/image: expected string, got number/);
    expect(() => legacyImageToServerJSON('x', null)).toThrow(/is null/);
    expect(() => legacyImageToServerJSON('', { image: 'i' })).toThrow('name cannot be empty');
    expect(() => legacyImageToServerJSON('x', { image: 'i', env_vars: [{ name: 'A', required: 'yes' }] })).toThrow(/required/);
  });
});

describe('upstream → ToolHive metadata (ConvertServerJSON)', () => {
  // Our metadata carries `kind` (not a ToolHive field) and does not keep tool_definitions
  // (display-only, and Go-shaped by mcp-go); everything else ToolHive produces is compared.
  function comparable(meta: Json): Json {
    const { kind: _k, ...rest } = meta;
    return rest;
  }

  test('server_to_image', () => {
    const input = readFixtureJson<Json>('registry/converters/server_to_image/input_github.json');
    const { tool_definitions: _t, ...expected } = readFixtureJson<Json>('registry/converters/server_to_image/expected_github.json');
    const actual = convertServerJSON(input);
    expect(actual.kind).toBe('image');
    expect(comparable(actual)).toEqual(expected);
  });

  test('server_to_remote', () => {
    const input = readFixtureJson<Json>('registry/converters/server_to_remote/input_example.json');
    const { tool_definitions: _t, ...expected } = readFixtureJson<Json>('registry/converters/server_to_remote/expected_example.json');
    const actual = convertServerJSON(input);
    expect(actual.kind).toBe('remote');
    expect(comparable(actual)).toEqual(expected);
  });

  test('legacy → upstream → metadata gives what upstream → metadata gives', () => {
    const legacy = readFixtureJson<Json>('registry/converters/image_to_server/input_github.json');
    const upstream = readFixtureJson<Json>('registry/converters/image_to_server/expected_github.json');
    expect(convertServerJSON(legacyImageToServerJSON('github', legacy))).toEqual(convertServerJSON(upstream));
    const legacyRemote = readFixtureJson<Json>('registry/converters/remote_to_server/input_example.json');
    const upstreamRemote = readFixtureJson<Json>('registry/converters/remote_to_server/expected_example.json');
    expect(convertServerJSON(legacyRemoteToServerJSON('example-remote', legacyRemote))).toEqual(convertServerJSON(upstreamRemote));
  });
});
