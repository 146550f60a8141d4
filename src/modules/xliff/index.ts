/**
 * @module xliff — what a translation is made of when it leaves the platform: units (one per
 * translatable field and per rich-text block) split into sentence segments of coded text, and the
 * XLIFF 2.0 / 1.2 files that carry them to translation tools and back. Pure functions: no tables.
 */
export { codedToPlain, normaliseSegment, segmentHash, type CodedPart, type CodedText } from './coded-text.ts';

// Units and segments of a translation, and the translation rebuilt from targets.
export { extractUnits, applyUnits, type TranslationUnit, type Segment, type UnitSource, type TargetOf, type AppliedUnits } from './units.ts';
export { codesById, restoreCodes, compareCodes, flatText } from './inline-codes.ts';

// Reading XML from outside (XLIFF, TMX) without DTDs, entities or unbounded size.
export { parseSafeXml, childElements, textContent, XML_LIMITS, XML_NS, type XmlElement, type XmlNode, type XmlProblem, type XmlLimits, type XmlResult } from './safe-xml.ts';

// Exchange files.
export { writeXliff2 } from './xliff2-writer.ts';
export { writeXliff12 } from './xliff12-writer.ts';
export { unitHash, ENS_NS, type ExportInput, type ExportDocument, type ExportMatch } from './export-input.ts';
export { readXliff, type ReadExpectation, type ReadResult, type ReadUnit, type ReadProblem } from './xliff-reader.ts';
export { zipFiles } from './zip.ts';


export const OWNED_TABLES = [] as const;
