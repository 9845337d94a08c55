declare module 'virtual:palmyra-runtime-reference' {
  const data: import('@/core/reference/runtime').RuntimeDataset;
  export default data;
}
