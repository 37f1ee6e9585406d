import { render } from 'preact';
// Every string of the product, in both languages.
import '@/lib/i18n';
import { OptionsApp } from '@/components/options/app';
import '@/components/ui/base.css';

render(<OptionsApp />, document.getElementById('app')!);
