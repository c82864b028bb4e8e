// The version printed by --version: read from package.json when the bundle is built (ncc inlines it).
import packageJson from '../../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
