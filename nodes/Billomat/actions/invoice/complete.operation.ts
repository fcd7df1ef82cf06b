import { complete } from '../document';
import { INVOICE } from './family';

export const { description, execute } = complete(INVOICE);
