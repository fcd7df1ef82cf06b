import { get } from '../document';
import { ESTIMATE } from './family';

export const { description, execute } = get(ESTIMATE);
