<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Exporter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not finish writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hard one-hots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientLab</name>
    <message>
        <source>Bernoulli toy, t = 0.45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = 0.499 (nearly flat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit category 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (edit the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REINFORCE, mean baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxed (Gumbel-Softmax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight-through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>What the temperature does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every column of &lt;b&gt;G&lt;/b&gt; is one relaxed one-hot vector C = softmax((log p + eps) / tau).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drag tau&lt;/b&gt; (or press &lt;b&gt;Space&lt;/b&gt;, or the toolbar&apos;s Play, to anneal it from 10 down to 0.01). The noise eps stays fixed, so you watch the &lt;i&gt;same&lt;/i&gt; samples change: at large tau every column is close to uniform (1/k everywhere, a flat colour); at small tau each column turns into a single bright cell, a one-hot vector.&lt;/p&gt;&lt;p&gt;Notice that the bright cell of a column never moves: the winner argmax C = argmax (log p + eps) does not depend on tau. Histogram (3) shows how close to one-hot the samples are.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gumbel-max trick: the winner follows p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Add Gumbel noise to log p and take the largest entry: category i wins with probability exactly p_i. That is the Gumbel-max trick, and the softmax keeps the same winner.&lt;/p&gt;&lt;p&gt;Histogram &lt;b&gt;(1)&lt;/b&gt; counts the winners of 200,000 samples (blue bars) against p (orange dots). Now move tau from 0.01 to 10: the bars stay on the dots. Temperature changes how &lt;i&gt;sharp&lt;/i&gt; a sample is, never &lt;i&gt;which&lt;/i&gt; category it picks.&lt;/p&gt;&lt;p&gt;Try a custom p in the table: type a weight, and the bars follow.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m-hot vectors without repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A hard m-hot vector S has m ones (a relaxed one is close to that: its entries sum to a little less than m). This recipe builds it from m relaxed one-hot columns V (it is this tool&apos;s own construction, found in neither Jang et al. 2017 nor Maddison et al. 2017): draw a column, and if its winner was already taken, &lt;b&gt;discard it and draw again&lt;/b&gt;. Then S_i is the largest entry of row i of V.&lt;/p&gt;&lt;p&gt;The list under the pipeline shows every draw: repeats are marked &lt;i&gt;rejected&lt;/i&gt;. Press &lt;b&gt;R&lt;/b&gt; for new noise and watch how often repeats happen.&lt;/p&gt;&lt;p&gt;Switch the method to &lt;b&gt;exact&lt;/b&gt;: each column now draws its winner among the categories not yet taken, directly, and builds the rest of the column around it. Same distribution of S, never a wasted draw (histogram (4) in the Explorer checks both against the exact P(i in S)).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When rejection gets expensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Here p is peaked: category %3 has p = %4. After it is taken, a new category wins a draw only %5% of the time, so the rejection rule keeps discarding repeats of category %3.&lt;/p&gt;&lt;p&gt;For m = %1 the rejection rule needs &lt;b&gt;%2 draws&lt;/b&gt; on average (exactly computed), where the exact method always needs &lt;b&gt;%1&lt;/b&gt;. The line under V counts the draws of the current sample; press R a few times.&lt;/p&gt;&lt;p&gt;Raise q (the preset&apos;s parameter) towards 0.9999 and the cost grows like 1 / (1 - P(taken)): the app caps the rejection rule and tells you when it gives up. The exact method does not care.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Concrete density on the simplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;With three categories every relaxed sample is a point of the triangle. The colours are the exact Concrete (Gumbel-Softmax) log-density of Maddison et al. (2017); the dots are 1,500 samples.&lt;/p&gt;&lt;p&gt;The dashed lines split the triangle into the three &lt;b&gt;argmax regions&lt;/b&gt;, where C_i is the largest entry. The share of dots in region i stays p_i at every tau: the numbers at the corners count them live. What tau changes is where in its region a sample lies.&lt;/p&gt;&lt;p&gt;Lower tau: the dots crowd into the corners (nearly one-hot samples). Raise it well above 1: they gather around the middle (1/3, 1/3, 1/3). A bright corner can mislead: for k = 3 the density grows without bound towards a vertex for every tau below 2, even when few samples are near it. Maddison et al. show that the log-density is convex for tau up to 1/(k - 1) = 1/2.&lt;/p&gt;&lt;p&gt;The colour bar normally spans the current density&apos;s 2%-98% range, so a colour means something different at each tau; tick &lt;i&gt;fixed colour scale&lt;/i&gt; to compare temperatures.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature, swept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The sweep repeats the sampling at 40 temperatures from 0.01 to 1000 (two decades past the slider). Left: the expected sample E[C_i] moves from p (small tau, dots) to the uniform 1/k (large tau, dashed); at tau = 10 it is still visibly off, by 1000 it is there. Right: how one-hot the samples are, and their entropy.&lt;/p&gt;&lt;p&gt;Look at E[C_1]: on the way it rises a little above both p_1 and 1/k (here from 0.220 to about 0.223 near tau = 1, against 1/k = 0.2; for larger k, E[C_2] does the same). Softening a sample moves weight from its winner mostly to the next-largest entries, and the runner-up is most often this likely category; only at much larger tau is the weight spread evenly.&lt;/p&gt;&lt;p&gt;Drag tau: the grey marker shows where you are on these curves.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two categories: the binary Concrete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;With two categories a relaxed sample is one number: C_0 in [0, 1] (and C_1 = 1 - C_0). Histogram &lt;b&gt;(2)&lt;/b&gt; shows how C_0 is spread over 200,000 samples, with the exact density drawn over it: the binary Concrete of Maddison et al. (2017).&lt;/p&gt;&lt;p&gt;Now tau = %L1. Below tau = 1 the density is unbounded at both ends: most samples are nearly one-hot. Above 1 it falls to zero at both ends and the samples gather inside. Drag tau across 1 and watch the shape turn over.&lt;/p&gt;&lt;p&gt;Whatever tau, C_0 &gt; 1/2 exactly when category 0 wins, so the share of samples right of the middle stays p_0 = %L2 (histogram (1) counts it).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature trades bias for variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A choice between two categories, p = (1/2, 1/2), and a loss f(x) = (x_0 - 0.45)^2 of the one-hot choice: L = E f(e_z). We want its gradient with respect to the logits.&lt;/p&gt;&lt;p&gt;&lt;b&gt;REINFORCE&lt;/b&gt; (grey) is unbiased and does not depend on tau: its curves are flat. The &lt;b&gt;relaxed&lt;/b&gt; estimator (blue) differentiates the relaxed sample instead: at large tau its bias^2 (left) is large and its variance (middle) small; as tau falls the bias shrinks and the variance grows. The MSE (right) adds them: find the tau where the blue curve is lowest, and compare it with REINFORCE. The dashed line is ||g*||^2: an estimator above it does worse than always answering 0.&lt;/p&gt;&lt;p&gt;Drag tau and watch the grey marker, the bars and the distribution below. In the race, REINFORCE reaches the best vertex; the relaxed estimator stops short of it: a biased gradient can have the wrong zero.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight-through and Rao-Blackwellisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Straight-through&lt;/b&gt; (orange) uses the hard one-hot sample forwards and the relaxed sample&apos;s Jacobian backwards. &lt;b&gt;Gumbel-Rao&lt;/b&gt; (green) averages that backward pass over K relaxed samples drawn given the same winner z: the same mean, less noise.&lt;/p&gt;&lt;p&gt;For this toy at tau = 1 the exact numbers are known (along theta_0, component 0): the true gradient is %L1, but both estimators average %L2: biased, and equally so. Straight-through&apos;s variance is %L3; Gumbel-Rao&apos;s falls towards 1/36 = %L4 as K grows. Set K to 1 (it becomes straight-through in distribution) and to 100, and watch the error bars and the green density.&lt;/p&gt;&lt;p&gt;The race shows what the bias costs: both stop where their mean gradient turns against the true one, short of the best vertex.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>, </source>
        <comment>separator of numbers in a formula</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Gumbel Explorer sessions (*.gumbel.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::AnnealController</name>
    <message>
        <source>Annealing stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::BatchRunner</name>
    <message>
        <source>--screenshot: could not write &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 files to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::ExplorerDocument</name>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::ExplorerState</name>
    <message>
        <source>m lowered to %1: only %1 categories have p &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::ExplorerView</name>
    <message>
        <source>G: d relaxed one-hot columns C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V (accepted columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S = row-wise max of V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1) winner: argmax C vs p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(2) distribution of C_i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(3) max_i C_i: how one-hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(4) i in S vs P(i in S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many relaxed one-hot columns were drawn to build V, and how many were discarded as repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G: d hard one-hot columns (the tau -&gt; 0 limit: tau has no effect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no V: see below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;m-hot:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S (this sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;m-hot&lt;/b&gt; (%1 method): accepted categories in draw order: %2. Columns drawn: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, of which %1 rejected as repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the exact method never repeats: each winner is drawn among the categories not yet taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(i in S), exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N = %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(4) i in S (m = %1) vs P(i in S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(4) i in S: stopped after %1 samples, the rejection rule gave up (the exact method does not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(i in S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(2) C_%1, with p_%1 = %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density, N = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary Concrete (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1) %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::GradientBars</name>
    <message>
        <source>Exact gradient and estimator means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the current tau: waiting for samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tau = %L1: exact g*, each mean ± 1 sd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples; exact first (vermillion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 of %2 components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::GradientLabPanel</name>
    <message>
        <source>Anneal: tau_t = max(tau_min, exp(-r t))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective f(x) = sum_i w_i (x_i - t_i)^2 on the simplex; L(theta) = E f(one-hot z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target t_i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight w_i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a value to make the objective your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K: conditional samples averaged by Gumbel-Rao (K = 1 is straight-through in distribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per tau point and at the current tau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The component g_i whose distribution is drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gumbel-Rao K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: samples averaged per SGD step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tau_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::GradientLabView</name>
    <message>
        <source>exact: ||g*||^2, g*_i, exact gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current tau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias^2 = ||E g - g*||^2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tau (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias^2 (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance (trace of the covariance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variance (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE = bias^2 + variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of one component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate of g_i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD race: exact loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD step t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L(theta_t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tau points computed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the race; it starts again whenever a setting changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>||g*||^2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best vertex min_j f(e_j)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab cannot compute this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tau points, %2 samples each, every estimator on the same noise. REINFORCE does not depend on tau; the relaxed estimator trades bias (large tau) for variance (small tau).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing: %1 of %2 tau points at %3 samples (then refined to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact g*_%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates of g_%1 at tau = %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2, tau_t = %L3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::HeatmapWidget</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value = %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noise eps = %L1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::LogSpinBox</name>
    <message>
        <source>type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::MainWindow</name>
    <message>
        <source>Gumbel Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G, the m-hot V and S, and histograms from repeated sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm step by step for one column, with the current numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple&amp;x (k = 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Concrete density on the triangle, with samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected sample, one-hotness and entropy against tau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gradient lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What tau does to learning: bias, variance and MSE of five gradient estimators, and an SGD race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play annealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anneal: move tau from %L1 down to %L2 with the noise fixed (Space plays and pauses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause annealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  speed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annealing speed: 0.1 to 3 decades of tau per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again at tau = %L1 after reaching %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session &amp;as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export figures and data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figures (PNG, SVG) and data (CSV) to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 files to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resample (new noise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start histograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel histograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rameters panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the parameters (hidden in presentation mode while the gradient lab is in front)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gumbel Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gumbel Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gumbel Explorer&lt;/b&gt;: relaxed one-hot vectors C = softmax((log p + eps) / tau) with Gumbel noise eps = -log(-log u), the matrix G of d of them, and m-hot vectors S built without repeated winners.&lt;/p&gt;&lt;p&gt;Drag tau: the noise stays fixed, so you watch the same sample sharpen and soften. The winner (argmax) never changes with tau: it follows p.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput of the histogram sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices about the current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the histograms&apos; repeated sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the histogram sampling (Esc). F5 restarts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histograms stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histograms cancelled (F5 restarts them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the %1 view to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] - Gumbel Explorer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::ParameterPanel</name>
    <message>
        <source>uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zipf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dirichlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature tau on a log scale from %L1 to %L2. Small tau: nearly one-hot; large tau: nearly uniform (1/k). The noise stays fixed while you drag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature tau; type any value from 1e-4 to 1000 (scientific notation works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;tau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes and noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k, the number of categories: 2 to 64 on the slider, up to 1000 typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d, the number of relaxed one-hot columns in G: 1 to 512 on the slider, up to 10000 typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m, the number of ones in the m-hot vector S: 1 to the number of categories with p &gt; 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the noise. The same seed always gives the same samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw new noise (the next seed). Shortcut: R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where p comes from: a named family, or custom weights typed in the table below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s parameter: zipf exponent s, geometric ratio r, dirichlet alpha, or the peaked category&apos;s share q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre&amp;set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the m-hot vector avoids repeated winners: &apos;rejection&apos; discards repeats as in the source document; &apos;exact&apos; draws each column&apos;s winner among the categories not yet taken (same distribution).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;hard (tau -&gt; 0: exact one-hots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tau -&gt; 0 limit: each column becomes the exact one-hot at its argmax, so tau no longer changes anything shown. (This is not PyTorch&apos;s hard=True, which is straight-through: a hard sample forwards, the relaxed sample&apos;s gradient backwards; the gradient lab shows that one.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m-hot me&amp;thod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histograms (repeated sampling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N, the number of samples behind the histograms: 1,000 to 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of bins of the value histograms (2) and (3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which category&apos;s C_i histogram (2) shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;N samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cate&amp;gory i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::PipelineView</name>
    <message>
        <source>same &amp;scale for steps 2-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw eps, z and z / tau on one vertical scale, so that dividing by a small tau visibly stretches the gaps (each step on its own scale looks the same at every tau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column j of G to follow through the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category i whose numbers are written out in the formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &amp;j of G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formulas for categor&amp;y i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;m-hot: how S is built&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Uniform noise u_i ~ U(0, 1), open interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Gumbel noise: eps_i = -log(-log u_i)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Perturbed log-probabilities: z_i = log p_i + eps_i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Divided by the temperature: z_i / tau, tau = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Softmax: C_i = exp(z_i / tau) / sum_l exp(z_l / tau), computed as exp(z_i / tau - max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_%1 = exp(%2 - %3) / sum = %4    (argmax C = argmax z = %5, whatever tau is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of V: winner &lt;b&gt;%2&lt;/b&gt;, drawn with probability p_%2 / P(not yet taken); z_%2 is set to the maximum M ~ Gumbel(0), every other z_l is Gumbel(log p_l) truncated above at M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw %1: winner &lt;b&gt;%2&lt;/b&gt; is new: accepted as column %3 of V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw %1: winner %2 is a repeat: &lt;span style=&apos;color:#b00020&apos;&gt;rejected&lt;/span&gt;, draw again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more rejected draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns drawn, %2 rejected. Accepted in order: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;The m-hot draws use their own noise, not the columns of G above: their winners need not match step 5&apos;s. Columns and draws count from 0, as on V&apos;s axis.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S: S_i = max over the m columns of V of row i</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::SessionController</name>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::SimplexView</name>
    <message>
        <source>Switch to k = &amp;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed colour scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the log density on a fixed range (%1 to %2) at every tau, instead of the 2%-98% range of the current density, so that a colour keeps its meaning as tau moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set k = 3 (keeping the distribution family) to see the simplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simplex view needs k = 3 categories: the triangle is the set of all probability vectors (C_0, C_1, C_2). The current k is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dots in its region %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1: p = %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concrete density on the simplex, tau = %L1, with %2 relaxed samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log density (fixed range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log density (2%-98% range)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::SweepView</name>
    <message>
        <source>E[C_i] against tau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tau (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How one-hot: E[max_i C_i] and P(max_i C_i &gt; 0.99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean entropy of C (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tau points computed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p_i (tau -&gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/k (tau -&gt; inf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(max_i C_i &gt; 0.99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log k (uniform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tau points, %2 samples each; the noise of every point is the same seed&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing: %1 of %2 tau points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (E[C_i] drawn for the first %1 of %2 categories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current tau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::TauCorner</name>
    <message>
        <source>The temperature tau (also written on every exported figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature tau on a log scale from %L1 to %L2, from any view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gumbel::ui::WeightsEditor</name>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the k categories. Type a non-negative number to change one; p is the normalised weight and log p its natural logarithm (what enters the noise sum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of category %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1 was not applied: there are only %2 categories now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
