import { create } from '../document';
import { ESTIMATE, estimateClientField } from './family';

export const { description, execute } = create(ESTIMATE, estimateClientField);
