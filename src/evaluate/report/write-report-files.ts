import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { MetricsDocument } from './metrics-document.js';
import { renderMetricsReport } from './render-metrics-report.js';

/**
 * The report flags every benchmark command shares: `--json [FILE]`, `--md FILE`, `--html FILE`.
 * `json: true` (flag without a file) means "JSON to stdout", which the command prints itself.
 */
export interface ReportFileFlags {
  json?: string | boolean;
  md?: string;
  html?: string;
}

/** Writes a text file, creating its folder first. */
export async function writeOutputFile(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content, 'utf8');
}

/**
 * Writes the report files the flags ask for (JSON when `--json` names a file, Markdown, HTML).
 * Returns true when `--json` was given without a file, i.e. the caller should print JSON to stdout
 * instead of its terminal table.
 */
export async function writeReportFiles(doc: MetricsDocument, flags: ReportFileFlags): Promise<boolean> {
  if (typeof flags.json === 'string') await writeOutputFile(flags.json, renderMetricsReport(doc, 'json'));
  if (flags.md) await writeOutputFile(flags.md, renderMetricsReport(doc, 'md'));
  if (flags.html) await writeOutputFile(flags.html, renderMetricsReport(doc, 'html'));
  return flags.json === true;
}
