import { bannerMarker } from './banner';
import { faviconMarker } from './favicon';
import { titleMarker } from './title';
import type { Marker } from './marker';

/** Every marker, mounted together whenever the tab has an environment. */
export const MARKERS: readonly Marker[] = [bannerMarker, titleMarker, faviconMarker];
