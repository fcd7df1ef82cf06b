import { changeState } from '../document';
import { INVOICE } from './family';

export const { description, execute } = changeState(INVOICE);
