// Phaser's per-module CommonJS sources, imported only by phaser-custom.ts (untyped: the scenes use the package's types).
declare module 'phaser/src/*';
