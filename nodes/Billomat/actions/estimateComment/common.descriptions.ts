import { ESTIMATE_CHILDREN, comment } from '../documentChild';

/** The Comment picker: the comments of the estimate chosen in the node (Billomat lists comments per document only). */
export const searchEstimateComments = comment.search(ESTIMATE_CHILDREN);
