// dcmjs ships no types (there is no @types/dcmjs): the little radlabel uses, typed loosely.
declare module 'dcmjs' {
  const dcmjs: {
    data: {
      DicomMetaDictionary: { denaturalizeDataset(ds: Record<string, unknown>): Record<string, unknown> };
      DicomDict: new (meta: Record<string, unknown>) => { dict: Record<string, unknown>; write(): ArrayBuffer };
    };
  };
  export default dcmjs;
}
