// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderMermaid } from '../../../src/ui/export/mermaid-renderer.ts';
import { MermaidPreview, renderSeconds, type MermaidPreviewProps } from '../../../src/ui/export/MermaidPreview.tsx';

vi.mock('../../../src/ui/export/mermaid-renderer.ts', () => ({
  renderMermaid: vi.fn(() => Promise.resolve('<svg data-drawn="yes"></svg>')),
}));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLDivElement;
beforeEach(() => {
  vi.useFakeTimers();
  vi.mocked(renderMermaid).mockClear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

const show = (props: Partial<MermaidPreviewProps>) =>
  act(() =>
    root.render(
      <MermaidPreview
        text={'flowchart TB\n  a'}
        size="146 elements, 275 relations"
        nodes={146}
        seconds={renderSeconds(146, 275)}
        auto={false}
        refused={null}
        {...props}
      />,
    ),
  );
const button = (name: RegExp) => [...host.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));

describe('the Mermaid preview', () => {
  it('estimates the drawing time from the measured figures: the client view detail about 3 s, its process map under 1.5 s', () => {
    expect(renderSeconds(57, 121)).toBeCloseTo(3.1, 1);
    expect(renderSeconds(22, 12)).toBeLessThan(1.5);
    expect(renderSeconds(146, 275)).toBeGreaterThan(renderSeconds(57, 121));
  });

  it('draws a large diagram only when asked, saying how many nodes and about how long', async () => {
    show({});
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(renderMermaid).not.toHaveBeenCalled();
    const render = button(/^Render preview/)!;
    expect(render.textContent).toBe('Render preview (146 nodes, about 7 s)');
    act(() => render.click());
    expect(renderMermaid).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(host.querySelector('[data-drawn="yes"]')).not.toBeNull();
  });

  it('draws a small diagram as soon as its text settles, once', async () => {
    show({ nodes: 22, seconds: renderSeconds(22, 12), auto: true });
    expect(renderMermaid).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(renderMermaid).toHaveBeenCalledTimes(1);
    expect(vi.mocked(renderMermaid).mock.calls[0]![0]).toBe('flowchart TB\n  a');
    expect(host.querySelector('[data-drawn="yes"]')).not.toBeNull();
    expect(host.querySelector('.mermaid-preview__meta')!.textContent).toMatch(/drawn by Mermaid in/);
  });
});
