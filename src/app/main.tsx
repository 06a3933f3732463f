// Entry point: finds the pre-rendered map, then hands it and the build-time model to React.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { facts, model } from 'virtual:article-map';
import { findMapElement } from '../map/mapElement';
import { App } from './App';
import '../styles/tokens.css';
import '../styles/app.css';

const root = document.getElementById('root');
const svg = findMapElement();
if (root && svg) {
  createRoot(root).render(
    <StrictMode>
      <App model={model} facts={facts} svg={svg} search={window.location.search} />
    </StrictMode>,
  );
}
