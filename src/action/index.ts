import * as core from '@actions/core';
import { runAction } from './main.js';

await runAction(core);
