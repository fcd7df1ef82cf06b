import { ESTIMATE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.create(ESTIMATE_CHILDREN);
