import { ESTIMATE_CHILDREN, tag } from '../documentChild';

/** The Tag picker: the tags of the estimate chosen in the node (Billomat lists tags per document only). */
export const searchEstimateTags = tag.search(ESTIMATE_CHILDREN);
