import { getQrCode } from '../document';
import { INVOICE } from './family';

export const { description, execute } = getQrCode(INVOICE);
