import { render } from 'preact';

render(<main>Palmyra fact-check</main>, document.getElementById('app')!);
