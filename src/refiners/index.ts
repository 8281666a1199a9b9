/**
 * Refiners in the order they run. Overlap resolution first, so later refiners see one
 * mention per span and type; sorting last, so the output order is the spec's.
 * Merging (title + name, lists), linking (documents, officials) and date resolution are
 * inserted between the two as they are built.
 */
import type { Refiner } from '../extractors/types.js';
import { abbreviationsRefiner } from './abbreviations.js';
import { boardsOfBodiesRefiner } from './boards-of-bodies.js';
import { linkDocumentsRefiner } from './link-documents.js';
import { linkOfficialsRefiner } from './link-officials.js';
import { locationsInOrganizationsRefiner } from './locations-in-organizations.js';
import { mergeOfficialsRefiner } from './merge-officials.js';
import { namesInPlacesRefiner } from './names-in-places.js';
import { overlapRefiner } from './overlap.js';
import { resolveDatesRefiner } from './resolve-dates.js';
import { sortRefiner } from './sort.js';
import { titleBodiesRefiner } from './title-bodies.js';

export const refiners: readonly Refiner[] = [overlapRefiner, resolveDatesRefiner, abbreviationsRefiner, boardsOfBodiesRefiner, locationsInOrganizationsRefiner, namesInPlacesRefiner, linkDocumentsRefiner, titleBodiesRefiner, mergeOfficialsRefiner, linkOfficialsRefiner, sortRefiner];
