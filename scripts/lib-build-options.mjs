// The minifier settings every shipped file is built with (scripts/build.mjs) and measured with
// (scripts/size.mjs). Terser, because it compresses this code about a tenth smaller than the default.
export const MINIFY_OPTIONS = {
  minify: 'terser',
  terserOptions: {
    module: true,
    ecma: 2022,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
    format: { comments: false }
  }
};
