// ECharts from the WebJar in WEB-INF/lib (served by the app itself, never a CDN), loaded on first
// use. chartInto() draws into an element and keeps the chart sized with it; dispose() when leaving.

const ECHARTS_SRC = 'webjars/echarts/5.5.0/echarts.min.js';
let loading = null;

export function loadEcharts() {
    if (window.echarts) {
        return Promise.resolve(window.echarts);
    }
    if (!loading) {
        loading = new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = ECHARTS_SRC;
            script.async = true;
            script.onload = () => resolve(window.echarts);
            script.onerror = () => {
                loading = null;
                script.remove();
                reject(new Error('echarts'));
            };
            document.head.append(script);
        });
    }
    return loading;
}

/**
 * Draws option into el (which needs a height). label: what the chart shows, for screen readers
 * (the numbers are also in a table next to it). Resolves to {chart, dispose()}.
 */
export async function chartInto(el, option, label) {
    const echarts = await loadEcharts();
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', label);
    const chart = echarts.init(el, null, {renderer: 'svg'});
    chart.setOption({animation: false, ...option});
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return {
        chart,
        dispose() {
            observer.disconnect();
            chart.dispose();
        },
    };
}
