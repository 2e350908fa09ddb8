#!/usr/bin/env node
// Operator commands: george up | preflight | doctor.
import '../dist/cli.js';
