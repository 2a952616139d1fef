const path = require('path');
const { task, src, dest } = require('gulp');

// Icons and codex files are not TypeScript, so tsc does not copy them: put each one next to
// the compiled node or credential that references it.
function copyIcons() {
	return src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest(path.resolve('dist')));
}

task('build:icons', copyIcons);
