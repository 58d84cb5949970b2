import { bannerMarker } from './banner';
import { faviconMarker } from './favicon';
import { headerTintMarker } from './header-tint';
import { titleMarker } from './title';
import type { Feature } from '../feature';

/** Every marker, mounted together whenever the tab has an environment. */
export const MARKERS: readonly Feature[] = [bannerMarker, titleMarker, faviconMarker, headerTintMarker];
