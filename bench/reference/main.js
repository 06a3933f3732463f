// The reference map: fetch the atlas, project it with d3-geo, one <path> per country, listeners attached as they are made;
// a click and the filter write the address as the page does, so both do equal work.
import { geoEqualEarth, geoPath } from 'd3-geo';
import { select } from 'd3-selection';
import { feature } from 'topojson-client';

// About twenty countries the article counts as backing Iran, by world-atlas id, so the filter has work to do.
const ALLIES = new Set([
  '643', '156', '760', '368', '422', '887', '862', '192', '408', '112',
  '558', '068', '012', '586', '004', '634', '512', '792', '710', '232',
]);
const IRAN = '364';
// The page writes ?country= as alpha-3; the countries the bench clicks, so both pages write the same address.
const ALPHA3 = { '643': 'RUS', '076': 'BRA', '036': 'AUS', '156': 'CHN', '124': 'CAN', '364': 'IRN', '376': 'ISR' };
// The page's filterable categories in its order; the one toggle here hides the first, so ?show= lists the rest.
const SHOWN_WITHOUT_ALLIES = 'severed,neutral,mentioned';

const container = document.getElementById('map');
const info = document.getElementById('info');
const toggle = document.getElementById('toggle-allies');
const width = container.clientWidth;

let selected = null;

/** Writes one parameter into the address in place, as the page does (src/state/url.ts): commas stay unescaped. */
function writeAddress(name, value) {
  const query = new URLSearchParams(location.search);
  if (value === null) query.delete(name);
  else query.set(name, value);
  const text = query.toString().replace(/%2C/g, ',');
  const next = text ? `?${text}` : '';
  if (next === location.search) return;
  history.replaceState(history.state, '', `${location.pathname}${next}${location.hash}`);
}

const world = await fetch('countries-50m.json').then((response) => response.json());
const countries = feature(world, world.objects.countries);
const projection = geoEqualEarth().fitWidth(width, { type: 'Sphere' });
const path = geoPath(projection);
const height = Math.ceil(path.bounds({ type: 'Sphere' })[1][1]);

const svg = select(container)
  .append('svg')
  .attr('viewBox', `0 0 ${width} ${height}`)
  .attr('width', width)
  .attr('height', height);

svg
  .append('g')
  .selectAll('path')
  .data(countries.features)
  .join('path')
  .attr('class', (d) => (d.id === IRAN ? 'country iran' : ALLIES.has(d.id) ? 'country ally' : 'country'))
  .attr('data-country', (d) => d.id ?? null)
  .attr('d', path)
  .on('click', function (event, d) {
    if (selected && selected !== this) selected.classList.remove('selected');
    selected = this.classList.toggle('selected') ? this : null;
    info.textContent = d.properties.name;
    info.hidden = !selected;
    writeAddress('country', selected ? (ALPHA3[d.id] ?? d.id) : null);
  });

toggle.addEventListener('click', () => {
  const hidden = svg.node().classList.toggle('hide-allies');
  toggle.setAttribute('aria-pressed', String(!hidden));
  writeAddress('show', hidden ? SHOWN_WITHOUT_ALLIES : null);
});
