import { ESTIMATE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.create(ESTIMATE_CHILDREN);
