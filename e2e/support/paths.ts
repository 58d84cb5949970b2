export { CHROME_BUILD, FIREFOX_BUILD, FIREFOX_XPI, FIXTURES, ROOT, VERSION } from '../../scripts/lib/paths';
