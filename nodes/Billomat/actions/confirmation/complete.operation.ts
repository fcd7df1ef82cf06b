import { complete } from '../document';
import { CONFIRMATION } from './family';

export const { description, execute } = complete(CONFIRMATION);
