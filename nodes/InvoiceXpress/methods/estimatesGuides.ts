import { documentPicker } from './documents';

/**
 * The Estimate ID and Guide ID pickers: GET /estimates.json and GET /guides.json searched by their
 * documented `text` filter, page after page to the account's last (`pagination.total_pages`).
 */
export const searchEstimates = documentPicker('/estimates', 'estimates');
export const searchGuides = documentPicker('/guides', 'guides');

/** The pickers of this module, spread into the node's `methods.listSearch`. */
export const estimateGuideListSearch = { searchEstimates, searchGuides };
