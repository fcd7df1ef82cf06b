import { complete } from '../document';
import { ESTIMATE } from './family';

export const { description, execute } = complete(ESTIMATE);
