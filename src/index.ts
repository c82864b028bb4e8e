import * as core from '@actions/core';
import { runAction } from './action/main.js';

await runAction(core);
