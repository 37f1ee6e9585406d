import { render } from 'preact';
import { OptionsApp } from '@/components/options/app';
import '@/components/ui/base.css';

render(<OptionsApp />, document.getElementById('app')!);
