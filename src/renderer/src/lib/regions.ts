import { REGION_SERVICES, type Region } from '@shared/handbook-data';

/**
 * The region the reader shows: the stored choice, or the default when there is none or when the
 * stored code no longer exists (an older edition's `UK`, say), so no old choice shows a wrong number.
 * There is always one: the content build refuses a handbook without regions.
 */
export function pickRegion(regions: Region[], code: string, fallback: string): Region {
  const region =
    regions.find((r) => r.code === code) ?? regions.find((r) => r.code === fallback) ?? regions[0];
  if (!region) throw new Error('the handbook lists no regions');
  return region;
}

/**
 * The content build marks each region's words (`{{emergency}}`, `{{urgent}}`, `{{maternity}}`,
 * `{{doctor}}`) with spans; the reader fills in the chosen region's, in the page as it is shown
 * or printed, so no country's number is ever shown as everyone's.
 */
export function fillRegionWords(root: ParentNode, region: Region | undefined): void {
  if (!region) return;
  for (const service of REGION_SERVICES) {
    const words = region[service];
    // Only where they differ: rewriting the same words would wipe find-in-page marks inside them.
    for (const span of root.querySelectorAll(`span.region-${service}`)) {
      if (span.textContent !== words) span.textContent = words;
    }
  }
}
