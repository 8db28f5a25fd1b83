<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Exporter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: could not finish writing: %2</source>
        <translation>%1: Schreiben konnte nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: the folder is not writable</source>
        <translation>%1: In den Ordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>(hard one-hots)</source>
        <translation>(harte One-hot-Vektoren)</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>GradientLab</name>
    <message>
        <source>Bernoulli toy, t = 0.45</source>
        <translation>Bernoulli-Beispiel, t = 0,45</translation>
    </message>
    <message>
        <source>t = 0.499 (nearly flat)</source>
        <translation>t = 0,499 (fast flach)</translation>
    </message>
    <message>
        <source>Hit category 0</source>
        <translation>Kategorie 0 treffen</translation>
    </message>
    <message>
        <source>Uniform target</source>
        <translation>Gleichverteiltes Ziel</translation>
    </message>
    <message>
        <source>Custom (edit the table)</source>
        <translation>Eigenes (Tabelle bearbeiten)</translation>
    </message>
    <message>
        <source>REINFORCE, mean baseline</source>
        <translation>REINFORCE, Mittelwert-Baseline</translation>
    </message>
    <message>
        <source>Relaxed (Gumbel-Softmax)</source>
        <translation>Relaxiert (Gumbel-Softmax)</translation>
    </message>
    <message>
        <source>Straight-through</source>
        <translation>Straight-through</translation>
    </message>
    <message>
        <source>RLOO (leave-one-out baseline)</source>
        <translation>RLOO (Leave-one-out-Baseline)</translation>
    </message>
    <message>
        <source>Gapped straight-through</source>
        <translation>Straight-through mit Abstand (gapped)</translation>
    </message>
    <message>
        <source>Decoupled straight-through</source>
        <translation>Entkoppeltes Straight-through</translation>
    </message>
    <message>
        <source>Jang: max(tau_min, exp(-r t))</source>
        <translation>Jang: max(tau_min, exp(-r t))</translation>
    </message>
    <message>
        <source>Linear, 5 to 0.05</source>
        <translation>Linear, 5 bis 0,05</translation>
    </message>
    <message>
        <source>Exponential, 5 to 0.05</source>
        <translation>Exponentiell, 5 bis 0,05</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>What the temperature does</source>
        <translation>Was die Temperatur bewirkt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every column of &lt;b&gt;G&lt;/b&gt; is one relaxed one-hot vector C = softmax((log p + eps) / tau).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drag tau&lt;/b&gt; (or press &lt;b&gt;Space&lt;/b&gt;, or the toolbar&apos;s Play, to anneal it from 10 down to 0.01). The noise eps stays fixed, so you watch the &lt;i&gt;same&lt;/i&gt; samples change: at large tau every column is close to uniform (1/k everywhere, a flat colour); at small tau each column turns into a single bright cell, a one-hot vector.&lt;/p&gt;&lt;p&gt;Notice that the bright cell of a column never moves: the winner argmax C = argmax (log p + eps) does not depend on tau. Histogram (3) shows how close to one-hot the samples are.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede Spalte von &lt;b&gt;G&lt;/b&gt; ist ein relaxierter One-hot-Vektor C = softmax((log p + eps) / tau).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verschieben Sie tau&lt;/b&gt; (oder drücken Sie die &lt;b&gt;Leertaste&lt;/b&gt; bzw. „Abkühlung abspielen“ in der Werkzeugleiste, um tau von 10 bis 0,01 abzukühlen). Das Rauschen eps bleibt fest, Sie sehen also, wie sich &lt;i&gt;dieselben&lt;/i&gt; Stichproben verändern: Bei großem tau ist jede Spalte fast gleichverteilt (überall 1/k, eine einheitliche Farbe); bei kleinem tau wird jede Spalte zu einer einzigen hellen Zelle, einem One-hot-Vektor.&lt;/p&gt;&lt;p&gt;Beachten Sie, dass sich die helle Zelle einer Spalte nie verschiebt: Der Gewinner argmax C = argmax (log p + eps) hängt nicht von tau ab. Histogramm (3) zeigt, wie nahe die Stichproben an One-hot-Vektoren sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The Gumbel-max trick: the winner follows p</source>
        <translation>Der Gumbel-Max-Trick: Der Gewinner folgt p</translation>
    </message>
    <message>
        <source>m-hot vectors without repeats</source>
        <translation>m-hot-Vektoren ohne Wiederholungen</translation>
    </message>
    <message>
        <source>When rejection gets expensive</source>
        <translation>Wenn Verwerfen teuer wird</translation>
    </message>
    <message>
        <source>too many to compute</source>
        <translation>zu viele zum Berechnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here p is peaked: category %3 has p = %4. After it is taken, a new category wins a draw only %5% of the time, so the rejection rule keeps discarding repeats of category %3.&lt;/p&gt;&lt;p&gt;For m = %1 the rejection rule needs &lt;b&gt;%2 draws&lt;/b&gt; on average (exactly computed), where the exact method always needs &lt;b&gt;%1&lt;/b&gt;. The line under V counts the draws of the current sample; press R a few times.&lt;/p&gt;&lt;p&gt;Raise q (the preset&apos;s parameter) towards 0.9999 and the cost grows like 1 / (1 - P(taken)): the app caps the rejection rule and tells you when it gives up. The exact method does not care.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hier ist p spitz: Kategorie %3 hat p = %4. Sobald sie vergeben ist, gewinnt eine neue Kategorie eine Ziehung nur in %5 % der Fälle, daher verwirft die Verwerfungsregel immer wieder Wiederholungen von Kategorie %3.&lt;/p&gt;&lt;p&gt;Für m = %1 braucht die Verwerfungsregel im Mittel &lt;b&gt;%2 Ziehungen&lt;/b&gt; (exakt berechnet), während die exakte Methode immer &lt;b&gt;%1&lt;/b&gt; braucht. Die Zeile unter V zählt die Ziehungen der aktuellen Stichprobe; drücken Sie ein paar Mal R.&lt;/p&gt;&lt;p&gt;Erhöhen Sie q (den Parameter der Vorgabe) in Richtung 0,9999, und die Kosten wachsen wie 1 / (1 - P(vergeben)): Das Programm begrenzt die Verwerfungsregel und sagt Ihnen, wann sie aufgibt. Der exakten Methode ist das gleich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The Concrete density on the simplex</source>
        <translation>Die Concrete-Dichte auf dem Simplex</translation>
    </message>
    <message>
        <source>Temperature, swept</source>
        <translation>Die Temperatur im Sweep</translation>
    </message>
    <message>
        <source>&lt;p&gt;The sweep repeats the sampling at 40 temperatures from 0.01 to 1000 (two decades past the slider). Left: the expected sample E[C_i] moves from p (small tau, dots) to the uniform 1/k (large tau, dashed); at tau = 10 it is still visibly off, by 1000 it is there. Right: how one-hot the samples are, and their entropy.&lt;/p&gt;&lt;p&gt;Look at E[C_1]: on the way it rises a little above both p_1 and 1/k (here from 0.220 to about 0.223 near tau = 1, against 1/k = 0.2; for larger k, E[C_2] does the same). Softening a sample moves weight from its winner mostly to the next-largest entries, and the runner-up is most often this likely category; only at much larger tau is the weight spread evenly.&lt;/p&gt;&lt;p&gt;Drag tau: the grey marker shows where you are on these curves.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Sweep wiederholt das Ziehen der Stichproben bei 40 Temperaturen von 0,01 bis 1000 (zwei Dekaden über den Schieberegler hinaus). Links: Die erwartete Stichprobe E[C_i] wandert von p (kleines tau, Punkte) zur Gleichverteilung 1/k (großes tau, gestrichelt); bei tau = 10 liegt sie noch sichtbar daneben, bei 1000 ist sie angekommen. Rechts: wie nahe die Stichproben an One-hot-Vektoren sind, und ihre Entropie.&lt;/p&gt;&lt;p&gt;Achten Sie auf E[C_1]: Unterwegs steigt es etwas über p_1 und 1/k (hier von 0,220 auf etwa 0,223 nahe tau = 1, gegenüber 1/k = 0,2; bei größerem k tut E[C_2] dasselbe). Das Aufweichen einer Stichprobe verschiebt Gewicht von ihrem Gewinner vor allem zu den nächstgrößten Einträgen, und der Zweitplatzierte ist meist diese wahrscheinliche Kategorie; erst bei viel größerem tau verteilt sich das Gewicht gleichmäßig.&lt;/p&gt;&lt;p&gt;Verschieben Sie tau: Die graue Markierung zeigt, wo Sie sich auf diesen Kurven befinden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two categories: the binary Concrete</source>
        <translation>Zwei Kategorien: die binäre Concrete-Verteilung</translation>
    </message>
    <message>
        <source>&lt;p&gt;With two categories a relaxed sample is one number: C_0 in [0, 1] (and C_1 = 1 - C_0). Histogram &lt;b&gt;(2)&lt;/b&gt; shows how C_0 is spread over 200,000 samples, with the exact density drawn over it: the binary Concrete of Maddison et al. (2017).&lt;/p&gt;&lt;p&gt;Now tau = %L1. Below tau = 1 the density is unbounded at both ends: most samples are nearly one-hot. Above 1 it falls to zero at both ends and the samples gather inside. Drag tau across 1 and watch the shape turn over.&lt;/p&gt;&lt;p&gt;Whatever tau, C_0 &gt; 1/2 exactly when category 0 wins, so the share of samples right of the middle stays p_0 = %L2 (histogram (1) counts it).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit zwei Kategorien ist eine relaxierte Stichprobe eine einzige Zahl: C_0 in [0, 1] (und C_1 = 1 - C_0). Histogramm &lt;b&gt;(2)&lt;/b&gt; zeigt, wie sich C_0 über 200.000 Stichproben verteilt, mit der exakten Dichte darüber: der binären Concrete-Verteilung nach Maddison et al. (2017).&lt;/p&gt;&lt;p&gt;Jetzt ist tau = %L1. Unterhalb von tau = 1 ist die Dichte an beiden Enden unbeschränkt: Die meisten Stichproben sind fast One-hot. Oberhalb von 1 fällt sie an beiden Enden auf null, und die Stichproben sammeln sich im Inneren. Verschieben Sie tau über 1 hinweg und sehen Sie zu, wie die Form umschlägt.&lt;/p&gt;&lt;p&gt;Bei jedem tau gilt C_0 &gt; 1/2 genau dann, wenn Kategorie 0 gewinnt; daher bleibt der Anteil der Stichproben rechts der Mitte p_0 = %L2 (Histogramm (1) zählt ihn).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Temperature trades bias for variance</source>
        <translation>Die Temperatur tauscht Bias gegen Varianz</translation>
    </message>
    <message>
        <source>Straight-through and Rao-Blackwellisation</source>
        <translation>Straight-through und Rao-Blackwellisierung</translation>
    </message>
    <message>
        <source>&lt;p&gt;This lesson needs two categories: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Lektion braucht zwei Kategorien: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Add Gumbel noise to log p and take the largest entry: category i wins with probability exactly p_i. That is the Gumbel-max trick, and the softmax keeps the same winner.&lt;/p&gt;&lt;p&gt;Histogram &lt;b&gt;(1)&lt;/b&gt; counts the winners of 200,000 samples (blue bars) against p (red-orange dots). Now move tau from 0.01 to 10: the bars stay on the dots. Temperature changes how &lt;i&gt;sharp&lt;/i&gt; a sample is, never &lt;i&gt;which&lt;/i&gt; category it picks.&lt;/p&gt;&lt;p&gt;Try a custom p in the table: type a weight, and the bars follow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Addieren Sie Gumbel-Rauschen zu log p und nehmen Sie den größten Eintrag: Kategorie i gewinnt mit Wahrscheinlichkeit genau p_i. Das ist der Gumbel-Max-Trick, und der Softmax behält denselben Gewinner.&lt;/p&gt;&lt;p&gt;Histogramm &lt;b&gt;(1)&lt;/b&gt; zählt die Gewinner von 200.000 Stichproben (blaue Balken) und vergleicht sie mit p (rot-orange Punkte). Bewegen Sie nun tau von 0,01 bis 10: Die Balken bleiben auf den Punkten. Die Temperatur ändert, wie &lt;i&gt;scharf&lt;/i&gt; eine Stichprobe ist, nie, &lt;i&gt;welche&lt;/i&gt; Kategorie sie wählt.&lt;/p&gt;&lt;p&gt;Probieren Sie ein eigenes p in der Tabelle: Geben Sie ein Gewicht ein, und die Balken folgen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A choice between two categories, p = (1/2, 1/2), and a loss f(x) = (x_0 - 0.45)^2 of the one-hot choice: L = E f(e_z). We want its gradient with respect to the logits: exactly g* = (%L1, -%L1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Left, bias^2.&lt;/b&gt; REINFORCE (black) is unbiased: its estimate stays within 2 standard errors of 0 at every tau, so it lies on the grey strip at the bottom. The &lt;b&gt;relaxed&lt;/b&gt; estimator (blue) is biased, and its bias^2 falls as tau falls: %L2 at tau = 1, %L3 at tau = 0.1 (the dashed blue curve is exact), until the estimate sinks into the grey strip: smaller than %L4 samples can tell from 0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Middle, variance&lt;/b&gt; (the sum of both components&apos; variances): REINFORCE&apos;s is flat at %L5; the relaxed estimator&apos;s grows as tau falls.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Right, MSE&lt;/b&gt; of the mean of B = %L6 samples, the batch the race uses: bias^2 + variance / B. One REINFORCE sample is %L7 times worse than always answering 0 (its variance %L5 against ||g*||^2 = %L8, the dashed red-orange line), but a mean of %L6 samples divides the variance by %L6 and brings it below the line.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The race&lt;/b&gt; (bottom right), %L9 steps of SGD with B = %L6 at tau = %L10: exact gradient descent (dashed red-orange) falls from L = %L11 to %L12, and REINFORCE follows it. The relaxed estimator levels off near L = %L13, where its &lt;i&gt;mean&lt;/i&gt; gradient is zero: a biased gradient has its zero in the wrong place. Drag tau: the dotted line marks it in the top charts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Wahl zwischen zwei Kategorien, p = (1/2, 1/2), und ein Verlust f(x) = (x_0 - 0.45)^2 der One-hot-Wahl: L = E f(e_z). Gesucht ist sein Gradient nach den Logits: genau g* = (%L1, -%L1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links, Bias^2.&lt;/b&gt; REINFORCE (schwarz) ist unverzerrt: Seine Schätzung bleibt bei jedem tau innerhalb von 2 Standardfehlern um 0 und liegt deshalb auf dem grauen Streifen unten. Der &lt;b&gt;relaxierte&lt;/b&gt; Schätzer (blau) ist verzerrt, und sein Bias^2 fällt mit tau: %L2 bei tau = 1, %L3 bei tau = 0,1 (die gestrichelte blaue Kurve ist exakt), bis die Schätzung in den grauen Streifen sinkt: kleiner, als %L4 Stichproben von 0 unterscheiden können.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mitte, Varianz&lt;/b&gt; (die Summe der Varianzen beider Komponenten): Die von REINFORCE ist flach bei %L5; die des relaxierten Schätzers wächst, wenn tau fällt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rechts, MSE&lt;/b&gt; des Mittels aus B = %L6 Stichproben, dem Batch des Wettlaufs: Bias^2 + Varianz / B. Eine einzelne REINFORCE-Stichprobe ist %L7-mal schlechter als stets 0 zu antworten (ihre Varianz %L5 gegen ||g*||^2 = %L8, die gestrichelte rot-orange Linie), aber ein Mittel aus %L6 Stichproben teilt die Varianz durch %L6 und bringt sie unter die Linie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Der Wettlauf&lt;/b&gt; (unten rechts), %L9 SGD-Schritte mit B = %L6 bei tau = %L10: Der exakte Gradientenabstieg (gestrichelt, rot-orange) fällt von L = %L11 auf %L12, und REINFORCE folgt ihm. Der relaxierte Schätzer pendelt sich bei L = %L13 ein, wo sein &lt;i&gt;mittlerer&lt;/i&gt; Gradient null ist: Ein verzerrter Gradient hat seine Nullstelle am falschen Ort. Ziehen Sie tau: Die gepunktete Linie markiert es in den oberen Diagrammen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Straight-through&lt;/b&gt; (indigo) uses the hard one-hot sample forwards and the relaxed sample&apos;s Jacobian backwards. &lt;b&gt;Gumbel-Rao&lt;/b&gt; (green) averages that backward pass over K relaxed samples drawn given the same winner z: the same mean, less noise.&lt;/p&gt;&lt;p&gt;The same toy as before, now at tau = %L1, where the exact numbers are known. The true gradient is g*_0 = %L2, but both estimators average %L3: biased, and equally so, so in the left chart their bias^2 = %L4 is one curve (dashed: exact). REINFORCE (black) stays on the grey strip: unbiased.&lt;/p&gt;&lt;p&gt;The middle chart is the variance of one estimate, summed over both components: %L5 for straight-through, %L6 for Gumbel-Rao with K = %L7, falling towards %L8 as K grows (never lower: the part of the noise that comes from z itself). Set K to 1 (it becomes straight-through in distribution) and to 100, and watch the green curve, the error bars and the green density.&lt;/p&gt;&lt;p&gt;The race shows what the bias costs. With B = %L9 samples a step, exact descent falls from L = %L10 to %L11 and REINFORCE follows it; straight-through and Gumbel-Rao level off near L = %L12, where their mean gradient is zero. Less noise does not move a wrong zero.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Straight-through&lt;/b&gt; (indigo) verwendet vorwärts die harte One-hot-Stichprobe und rückwärts die Jacobi-Matrix der relaxierten Stichprobe. &lt;b&gt;Gumbel-Rao&lt;/b&gt; (grün) mittelt diesen Rückwärtsschritt über K relaxierte Stichproben, gezogen bei demselben Gewinner z: derselbe Mittelwert, weniger Rauschen.&lt;/p&gt;&lt;p&gt;Dasselbe Beispiel wie zuvor, jetzt bei tau = %L1, wo die exakten Zahlen bekannt sind. Der wahre Gradient ist g*_0 = %L2, aber beide Schätzer liefern im Mittel %L3: verzerrt, und zwar gleich stark, sodass ihr Bias^2 = %L4 im linken Diagramm eine einzige Kurve ist (gestrichelt: exakt). REINFORCE (schwarz) bleibt auf dem grauen Streifen: unverzerrt.&lt;/p&gt;&lt;p&gt;Das mittlere Diagramm zeigt die Varianz einer Schätzung, summiert über beide Komponenten: %L5 für Straight-through, %L6 für Gumbel-Rao mit K = %L7, mit wachsendem K fallend gegen %L8 (nie darunter: der Teil des Rauschens, der von z selbst kommt). Setzen Sie K auf 1 (dann entspricht es in Verteilung Straight-through) und auf 100, und beobachten Sie die grüne Kurve, die Fehlerbalken und die grüne Dichte.&lt;/p&gt;&lt;p&gt;Der Wettlauf zeigt, was der Bias kostet. Mit B = %L9 Stichproben je Schritt fällt der exakte Abstieg von L = %L10 auf %L11, und REINFORCE folgt ihm; Straight-through und Gumbel-Rao pendeln sich bei L = %L12 ein, wo ihr mittlerer Gradient null ist. Weniger Rauschen verschiebt keine falsche Nullstelle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A hard m-hot vector S has m ones. A relaxed S sums to less than m: close to m at small tau, and falling towards 1 as tau grows and its columns spread out. This recipe builds it from m relaxed one-hot columns V (it is this tool&apos;s own construction, found in neither Jang et al. 2017 nor Maddison et al. 2017): draw a column, and if its winner was already taken, &lt;b&gt;discard it and draw again&lt;/b&gt;. Then S_i is the largest entry of row i of V.&lt;/p&gt;&lt;p&gt;The list under the pipeline shows every draw: repeats are marked &lt;i&gt;rejected&lt;/i&gt;. Press &lt;b&gt;R&lt;/b&gt; for new noise and watch how often repeats happen.&lt;/p&gt;&lt;p&gt;Switch the method to &lt;b&gt;exact&lt;/b&gt;: each column now draws its winner among the categories not yet taken, directly, and builds the rest of the column around it. Same distribution of S, never a wasted draw (histogram (4) in the Explorer checks both against the exact P(i in S)).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein harter m-hot-Vektor S hat m Einsen. Ein relaxierter S summiert sich zu weniger als m: nahe m bei kleinem tau, und gegen 1 fallend, wenn tau wächst und seine Spalten sich ausbreiten. Dieses Rezept baut ihn aus m relaxierten One-hot-Spalten V (eine Konstruktion dieses Programms, nicht aus Jang et al. oder Maddison et al. 2017): Ziehen Sie eine Spalte; ist ihr Gewinner schon vergeben, &lt;b&gt;verwerfen und neu ziehen&lt;/b&gt;. Dann ist S_i der größte Eintrag von Zeile i von V.&lt;/p&gt;&lt;p&gt;Die Liste unter der Pipeline zeigt jede Ziehung: Wiederholungen sind als &lt;i&gt;verworfen&lt;/i&gt; markiert. Drücken Sie &lt;b&gt;R&lt;/b&gt; für neues Rauschen und beobachten Sie, wie oft Wiederholungen vorkommen.&lt;/p&gt;&lt;p&gt;Stellen Sie die Methode auf &lt;b&gt;exakt&lt;/b&gt;: Jede Spalte zieht ihren Gewinner nun direkt unter den noch nicht vergebenen Kategorien und baut den Rest der Spalte darum herum auf. Dieselbe Verteilung von S, nie eine verschwendete Ziehung (Histogramm (4) im Explorer prüft beide gegen das exakte P(i in S)).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why Gumbel? Other noise breaks the trick</source>
        <translation>Warum Gumbel? Anderes Rauschen bricht den Trick</translation>
    </message>
    <message>
        <source>&lt;p&gt;This lesson adds &lt;b&gt;Gaussian&lt;/b&gt; noise to log p instead of Gumbel noise, with the same spread (variance pi^2/6). Predict: do the winners still follow p?&lt;/p&gt;&lt;p&gt;Histogram &lt;b&gt;(1)&lt;/b&gt;: the favourite, category 0, wins more often than its dot says and the rare categories on the right less often. The line under the histograms answers &lt;b&gt;No&lt;/b&gt;: a chi-square p-value below 0.0001 and a total variation far above what sampling noise alone gives.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;uniform&lt;/b&gt; under noise law: the favourite gains even more. Choose &lt;b&gt;none&lt;/b&gt;: it wins every time. Choose &lt;b&gt;Gumbel&lt;/b&gt;: the bars sit on the dots and the answer turns to &lt;b&gt;Yes&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Why Gumbel: the largest of independent Gumbel variables placed at log p_i is again Gumbel, and category i wins with probability exactly p_i. With three or more categories no other noise does this for every p.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Lektion addiert &lt;b&gt;gaußsches&lt;/b&gt; Rauschen zu log p statt Gumbel-Rauschen, mit gleicher Streuung (Varianz pi^2/6). Vorhersage: Folgen die Gewinner noch p?&lt;/p&gt;&lt;p&gt;Histogramm &lt;b&gt;(1)&lt;/b&gt;: Der Favorit, Kategorie 0, gewinnt öfter, als sein Punkt sagt, die seltenen Kategorien rechts seltener. Die Zeile unter den Histogrammen antwortet &lt;b&gt;Nein&lt;/b&gt;: ein Chi-Quadrat-p-Wert unter 0,0001 und eine Totalvariation weit über dem, was das Stichprobenrauschen allein ergibt.&lt;/p&gt;&lt;p&gt;Wählen Sie &lt;b&gt;gleichverteilt&lt;/b&gt; unter Rauschen: Der Favorit gewinnt noch mehr. Wählen Sie &lt;b&gt;keines&lt;/b&gt;: Er gewinnt jedes Mal. Wählen Sie &lt;b&gt;Gumbel&lt;/b&gt;: Die Balken sitzen auf den Punkten, und die Antwort wird &lt;b&gt;Ja&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Warum Gumbel: Das Maximum unabhängiger Gumbel-Variablen an den Stellen log p_i ist wieder Gumbel-verteilt, und Kategorie i gewinnt mit Wahrscheinlichkeit genau p_i. Ab drei Kategorien leistet das kein anderes Rauschen für jedes p.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two temperatures: tau and the logit T</source>
        <translation>Zwei Temperaturen: tau und das Logit-T</translation>
    </message>
    <message>
        <source>&lt;p&gt;Two different knobs are called temperature. &lt;b&gt;tau&lt;/b&gt;, the Gumbel-Softmax temperature, divides log p &lt;i&gt;and&lt;/i&gt; the noise: softmax((log p + eps) / tau). &lt;b&gt;T&lt;/b&gt;, the logit temperature of language-model sampling, divides log p &lt;i&gt;alone&lt;/i&gt;, before the noise: log p / T + eps. Predict: which of the two sliders moves the bars of histogram (1)?&lt;/p&gt;&lt;p&gt;Drag &lt;b&gt;tau&lt;/b&gt; from 0.01 to 10: the columns of G sharpen and soften, but the bars stay put. Dividing every entry by the same tau never changes which one is largest.&lt;/p&gt;&lt;p&gt;Now T = %1: the winners follow p^(1/T) (red-orange dots), not p (grey dots). Category 0 wins %2% of the time instead of %3%. Drag &lt;b&gt;T&lt;/b&gt; below 1 and the favourite takes over; above 1 the winners spread out towards 1/k = %4. The line under the histograms checks the bars against p^(1/T).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zwei verschiedene Regler heißen Temperatur. &lt;b&gt;tau&lt;/b&gt;, die Gumbel-Softmax-Temperatur, teilt log p &lt;i&gt;und&lt;/i&gt; das Rauschen: softmax((log p + eps) / tau). &lt;b&gt;T&lt;/b&gt;, die Logit-Temperatur beim Sampling von Sprachmodellen, teilt log p &lt;i&gt;allein&lt;/i&gt;, vor dem Rauschen: log p / T + eps. Vorhersage: Welcher der beiden Regler bewegt die Balken von Histogramm (1)?&lt;/p&gt;&lt;p&gt;Ziehen Sie &lt;b&gt;tau&lt;/b&gt; von 0,01 bis 10: Die Spalten von G werden schärfer und weicher, aber die Balken bleiben stehen. Teilt man jeden Eintrag durch dasselbe tau, ändert sich nie, welcher der größte ist.&lt;/p&gt;&lt;p&gt;Jetzt ist T = %1: Die Gewinner folgen p^(1/T) (rot-orange Punkte), nicht p (graue Punkte). Kategorie 0 gewinnt in %2 % der Fälle statt in %3 %. Ziehen Sie &lt;b&gt;T&lt;/b&gt; unter 1, und der Favorit übernimmt; über 1 verteilen sich die Gewinner in Richtung 1/k = %4. Die Zeile unter den Histogrammen prüft die Balken gegen p^(1/T).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With three categories every relaxed sample is a point of the triangle. The dots are 1,500 samples; the colours come from the exact Concrete (Gumbel-Softmax) density of Maddison et al. (2017) and say where the samples are: the region brighter than a colour holds the share of the samples its colour bar gives (yellow: the densest few percent, dark: where almost no sample falls).&lt;/p&gt;&lt;p&gt;The dashed lines split the triangle into the three &lt;b&gt;argmax regions&lt;/b&gt;, where C_i is the largest entry. The share of dots in region i stays p_i at every tau: the numbers at the corners count them live. What tau changes is where in its region a sample lies.&lt;/p&gt;&lt;p&gt;Lower tau: the dots crowd into the corners (nearly one-hot samples). Raise it well above 1: they gather around the middle (1/3, 1/3, 1/3), and the bright region shrinks with them. For k = 3 the density grows without bound towards a vertex for every tau below 2; Maddison et al. show that the log-density is convex for tau up to 1/(k - 1) = 1/2.&lt;/p&gt;&lt;p&gt;Tick &lt;i&gt;fixed colour scale&lt;/i&gt; to colour the log density itself on one range at every tau: then a colour means the same density at each temperature, though not the same share of samples.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit drei Kategorien ist jede relaxierte Stichprobe ein Punkt des Dreiecks. Die Punkte sind 1.500 Stichproben; die Farben stammen aus der exakten Concrete-Dichte (Gumbel-Softmax) von Maddison et al. (2017) und zeigen, wo die Stichproben liegen: Die Region, die heller als eine Farbe ist, enthält den Anteil der Stichproben, den ihre Farbskala angibt (gelb: die dichtesten wenigen Prozent, dunkel: wo kaum eine Stichprobe hinfällt).&lt;/p&gt;&lt;p&gt;Die gestrichelten Linien teilen das Dreieck in die drei &lt;b&gt;argmax-Regionen&lt;/b&gt;, in denen C_i der größte Eintrag ist. Der Anteil der Punkte in Region i bleibt bei jedem tau p_i: Die Zahlen an den Ecken zählen sie laufend. Was tau ändert, ist, wo in ihrer Region eine Stichprobe liegt.&lt;/p&gt;&lt;p&gt;Kleineres tau: Die Punkte drängen sich in die Ecken (fast One-hot-Stichproben). Heben Sie es deutlich über 1: Sie sammeln sich um die Mitte (1/3, 1/3, 1/3), und die helle Region schrumpft mit ihnen. Für k = 3 wächst die Dichte zu einer Ecke hin für jedes tau unter 2 unbeschränkt; Maddison et al. zeigen, dass die Log-Dichte für tau bis 1/(k - 1) = 1/2 konvex ist.&lt;/p&gt;&lt;p&gt;Kreuzen Sie &lt;i&gt;feste Farbskala&lt;/i&gt; an, um die Log-Dichte selbst bei jedem tau auf einem Bereich zu färben: Dann bedeutet eine Farbe bei jeder Temperatur dieselbe Dichte, aber nicht denselben Anteil der Stichproben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One sample under the microscope</source>
        <translation>Eine Stichprobe unter dem Mikroskop</translation>
    </message>
    <message>
        <source>&lt;p&gt;A gradient estimator turns one random sample into one vector. This is sample 1 of the gradient lab&apos;s noise at k = 3 and tau = %L1 (the loss: f(x) = (x_0 - 0.45)^2). The black dot is its relaxed point C, the ringed corner its winner, category %2; the diamond is p. The short dashed red-orange arrow at the dot is the exact gradient g*; each coloured arrow is one estimator&apos;s answer for this sample alone, projected on the triangle (SGD moves the logits against it).&lt;/p&gt;&lt;p&gt;For this sample REINFORCE (black) points %L3 degrees away from g* and is %L4 times as long; the relaxed estimator (blue) %L5 degrees away, straight-through (indigo) %L6, ReinMax (violet) %L7. Press &lt;b&gt;Right&lt;/b&gt; to step through the samples and watch which arrows jump.&lt;/p&gt;&lt;p&gt;The dots are the first 400 samples&apos; arrow tips (press &lt;b&gt;C&lt;/b&gt; to hide them). One REINFORCE arrow is a poor guess, but their mean is %L8 degrees from g*: unbiased, just noisy. Where a cloud&apos;s centre misses g*&apos;s tip, that estimator is biased.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Gradientenschätzer macht aus einer zufälligen Stichprobe einen Vektor. Dies ist Stichprobe 1 des Laborrauschens bei k = 3 und tau = %L1 (der Verlust: f(x) = (x_0 - 0.45)^2). Der schwarze Punkt ist ihr relaxierter Punkt C, die umkreiste Ecke ihr Gewinner, Kategorie %2; die Raute ist p. Der kurze gestrichelte rot-orange Pfeil am Punkt ist der exakte Gradient g*; jeder farbige Pfeil die Antwort eines Schätzers für diese Stichprobe, aufs Dreieck projiziert (SGD bewegt die Logits ihm entgegen).&lt;/p&gt;&lt;p&gt;Für diese Stichprobe zeigt REINFORCE (schwarz) %L3 Grad von g* weg und ist %L4-mal so lang; der relaxierte Schätzer (blau) %L5 Grad, Straight-through (indigo) %L6, ReinMax (violett) %L7. Drücken Sie &lt;b&gt;Pfeil rechts&lt;/b&gt;, um durch die Stichproben zu gehen, und achten Sie darauf, welche Pfeile springen.&lt;/p&gt;&lt;p&gt;Die Punkte sind die Pfeilspitzen der ersten 400 Stichproben (&lt;b&gt;C&lt;/b&gt; blendet sie aus). Ein einzelner REINFORCE-Pfeil ist eine schlechte Schätzung, aber ihr Mittel liegt %L8 Grad von g*: unverzerrt, nur verrauscht. Wo die Mitte einer Wolke die Spitze von g* verfehlt, ist der Schätzer verzerrt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two temperatures in one gradient: tau_f and tau_b</source>
        <translation>Zwei Temperaturen in einem Gradienten: tau_f und tau_b</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Decoupled straight-through&lt;/b&gt; (pink) computes the forward value at one temperature, tau_f (the tau slider), and backpropagates through the softmax at another, tau_b (%L1 here, in the lab&apos;s settings).&lt;/p&gt;&lt;p&gt;The map at the top right, in the MSE chart&apos;s place, colours the MSE of the mean of B estimates at 20 x 20 pairs (tau_f, tau_b) on the same noise: the darker, the better. On the dashed diagonal tau_f = tau_b it is the relaxed estimator (blue). The lowest cell is framed and named above the map; the ring is where the lab is now.&lt;/p&gt;&lt;p&gt;Predict first: should the backward pass be hotter or colder than the forward one? Then click a cell: tau and tau_b move there, and the pink curves follow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Entkoppeltes Straight-through&lt;/b&gt; (rosa) berechnet den Vorwärtswert bei einer Temperatur, tau_f (der tau-Regler), und propagiert rückwärts durch den Softmax bei einer anderen, tau_b (hier %L1, in den Laboreinstellungen).&lt;/p&gt;&lt;p&gt;Die Karte oben rechts, an der Stelle des MSE-Diagramms, färbt den MSE des Mittels aus B Schätzungen an 20 x 20 Paaren (tau_f, tau_b) auf demselben Rauschen: je dunkler, desto besser. Auf der gestrichelten Diagonale tau_f = tau_b ist es der relaxierte Schätzer (blau). Die kleinste Zelle ist eingerahmt und über der Karte genannt; der Ring zeigt, wo das Labor gerade steht.&lt;/p&gt;&lt;p&gt;Erst vorhersagen: Soll der Rückwärtsschritt heißer oder kälter sein als der Vorwärtsschritt? Dann eine Zelle anklicken: tau und tau_b springen dorthin, und die rosa Kurven folgen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Annealing schedules</source>
        <translation>Abkühlungspläne</translation>
    </message>
    <message>
        <source>&lt;p&gt;Training usually lowers tau as it goes. The race (bottom right) now follows a schedule over its %1 steps. On the top charts the dashed dark grey line is the race&apos;s tau_t now, and the dots near the top its path so far, one every %6 steps: the stretch of the bias and variance curves the race goes through.&lt;/p&gt;&lt;p&gt;Three schedules (lab settings, Schedule): a straight line from 5 to 0.05, which spends %L2% of its steps above tau = 1, where the relaxed estimator&apos;s bias is large; an exponential from 5 to 0.05, even steps in log tau, %L3% above 1; and Jang et al.&apos;s max(0.5, exp(-r t)) with r = %L4, which starts at 1 and stays at 0.5 from step %5 on.&lt;/p&gt;&lt;p&gt;Predict: with which schedule does the relaxed race (blue) end lowest? Switch and watch where the dots crowd.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beim Training senkt man tau meist nach und nach. Der Wettlauf (unten rechts) folgt jetzt über seine %1 Schritte einem Plan. In den oberen Diagrammen ist die gestrichelte dunkelgraue Linie das aktuelle tau_t des Wettlaufs und die Punkte oben sein bisheriger Weg, einer alle %6 Schritte: das Stück der Bias- und Varianzkurven, das der Wettlauf durchläuft.&lt;/p&gt;&lt;p&gt;Drei Pläne (Laboreinstellungen, Plan): eine Gerade von 5 bis 0,05, die %L2 % ihrer Schritte über tau = 1 verbringt, wo der Bias des relaxierten Schätzers groß ist; eine Exponentialkurve von 5 bis 0,05, gleichmäßig in log tau, %L3 % über 1; und der Plan von Jang et al., max(0,5, exp(-r t)) mit r = %L4, der bei 1 beginnt und ab Schritt %5 bei 0,5 bleibt.&lt;/p&gt;&lt;p&gt;Vorhersage: Mit welchem Plan endet der relaxierte Wettlauf (blau) am tiefsten? Wechseln Sie und beobachten Sie, wo sich die Punkte drängen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>, </source>
        <comment>separator of numbers in a formula</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Gumbel Explorer sessions (*.gumbel.json *.json);;All files (*)</source>
        <translation>Gumbel-Explorer-Sitzungen (*.gumbel.json *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>&amp;Explorer</source>
        <translation>&amp;Explorer</translation>
    </message>
    <message>
        <source>G, the m-hot V and S, and histograms from repeated sampling</source>
        <translation>G, die m-hot-Matrizen V und S und Histogramme aus wiederholtem Ziehen</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>The algorithm step by step for one column, with the current numbers</source>
        <translation>Der Algorithmus Schritt für Schritt für eine Spalte, mit den aktuellen Zahlen</translation>
    </message>
    <message>
        <source>Simple&amp;x (k = 3)</source>
        <translation>Simple&amp;x (k = 3)</translation>
    </message>
    <message>
        <source>The Concrete density on the triangle, with samples</source>
        <translation>Die Concrete-Dichte auf dem Dreieck, mit Stichproben</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>S&amp;weep</translation>
    </message>
    <message>
        <source>Expected sample, one-hotness and entropy against tau</source>
        <translation>Erwartete Stichprobe, Nähe zu One-hot und Entropie über tau</translation>
    </message>
    <message>
        <source>&amp;Gradient lab</source>
        <translation>&amp;Gradientenlabor</translation>
    </message>
    <message>
        <source>&amp;Temperatures</source>
        <translation>&amp;Temperaturen</translation>
    </message>
    <message>
        <source>The same noise at three temperatures side by side, for a slide</source>
        <translation>Dasselbe Rauschen bei drei Temperaturen nebeneinander, für eine Folie</translation>
    </message>
    <message>
        <source>What tau does to learning: bias, variance and MSE of nine gradient estimators, and an SGD race</source>
        <translation>Was tau beim Lernen bewirkt: Bias, Varianz und MSE von neun Gradientenschätzern und ein SGD-Wettlauf</translation>
    </message>
    <message>
        <source>&amp;Microscope</source>
        <translation>&amp;Mikroskop</translation>
    </message>
    <message>
        <source>One sample&apos;s gradient estimates as arrows on the triangle (k = 3), with their cloud</source>
        <translation>Die Gradientenschätzungen einer Stichprobe als Pfeile auf dem Dreieck (k = 3), mit ihrer Wolke</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>The %1 view along the annealing path: tau moves on a log scale while the noise stays fixed, so the same sample sharpens frame by frame. Every frame shows tau as its caption; the GIF loops, and plays in slides and browsers.</source>
        <translation>Die Ansicht %1 entlang des Abkühlungspfads: tau wandert auf logarithmischer Skala, während das Rauschen fest bleibt, sodass dieselbe Stichprobe Bild für Bild schärfer wird. Jedes Bild trägt tau als Beschriftung; das GIF läuft in Schleife und spielt in Folien und Browsern.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>From tau:</source>
        <translation>Von tau:</translation>
    </message>
    <message>
        <source>To tau:</source>
        <translation>Bis tau:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Each frame:</source>
        <translation>Jedes Bild:</translation>
    </message>
    <message>
        <source>Hold the last frame:</source>
        <translation>Letztes Bild halten:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export animation to</source>
        <translation>Animation exportieren nach</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>Animiertes GIF (*.gif)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>The file name must end in .gif.</source>
        <translation>Der Dateiname muss auf .gif enden.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The animation plays for %1 s, then starts again.</source>
        <translation>Die Animation läuft %1 s und beginnt dann von vorn.</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::AnimationExporter</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Wrote %1 frames (tau from %2 to %3) to %4 in %5 s</source>
        <translation>%1 Bilder (tau von %2 bis %3) in %5 s nach %4 geschrieben</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::AnnealController</name>
    <message>
        <source>Annealing stopped: %1</source>
        <translation>Abkühlung angehalten: %1</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::BatchRunner</name>
    <message>
        <source>--screenshot: could not write &apos;%1&apos;</source>
        <translation>--screenshot: &apos;%1&apos; konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>--export: %1</source>
        <translation>--export: %1</translation>
    </message>
    <message>
        <source>wrote %1 files to %2</source>
        <translation>%1 Dateien nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::ExplorerDocument</name>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::ExplorerState</name>
    <message>
        <source>m lowered to %1: only %1 categories have p &gt; 0</source>
        <translation>m auf %1 gesenkt: nur %1 Kategorien haben p &gt; 0</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::ExplorerView</name>
    <message>
        <source>G: d relaxed one-hot columns C</source>
        <translation>G: d relaxierte One-hot-Spalten C</translation>
    </message>
    <message>
        <source>category i</source>
        <translation>Kategorie i</translation>
    </message>
    <message>
        <source>feature j</source>
        <translation>Merkmal j</translation>
    </message>
    <message>
        <source>draw</source>
        <translation>Ziehung</translation>
    </message>
    <message>
        <source>S = row-wise max of V</source>
        <translation>S = zeilenweises Maximum von V</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>(1) winner: argmax C vs p</source>
        <translation>(1) Gewinner: argmax C gegen p</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>(2) distribution of C_i</source>
        <translation>(2) Verteilung von C_i</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>(3) max_i C_i: how one-hot</source>
        <translation>(3) max_i C_i: wie nahe an One-hot</translation>
    </message>
    <message>
        <source>(4) i in S vs P(i in S)</source>
        <translation>(4) i in S gegen P(i in S)</translation>
    </message>
    <message>
        <source>How many relaxed one-hot columns were drawn to build V, and how many were discarded as repeats</source>
        <translation>Wie viele relaxierte One-hot-Spalten für V gezogen wurden und wie viele davon als Wiederholungen verworfen wurden</translation>
    </message>
    <message>
        <source>G: d hard one-hot columns (the tau -&gt; 0 limit: tau has no effect)</source>
        <translation>G: d harte One-hot-Spalten (der Grenzfall tau -&gt; 0: tau wirkt nicht)</translation>
    </message>
    <message>
        <source>no V: see below</source>
        <translation>kein V: siehe unten</translation>
    </message>
    <message>
        <source>&lt;b&gt;m-hot:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;m-hot:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;m-hot&lt;/b&gt; (%1 method): accepted categories in draw order: %2. Columns drawn: %3</source>
        <translation>&lt;b&gt;m-hot&lt;/b&gt; (Methode: %1): angenommene Kategorien in Ziehungsreihenfolge: %2. Gezogene Spalten: %3</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>Verwerfung</translation>
    </message>
    <message>
        <source>, of which %1 rejected as repeats</source>
        <translation>, davon %1 als Wiederholungen verworfen</translation>
    </message>
    <message>
        <source> (the exact method never repeats: each winner is drawn among the categories not yet taken)</source>
        <translation> (die exakte Methode wiederholt nie: Jeder Gewinner wird unter den noch nicht vergebenen Kategorien gezogen)</translation>
    </message>
    <message>
        <source>N = %1</source>
        <translation>N = %1</translation>
    </message>
    <message>
        <source>N = %1 of %2</source>
        <translation>N = %1 von %2</translation>
    </message>
    <message>
        <source>frequency, %1</source>
        <translation>Häufigkeit, %1</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>gezogen</translation>
    </message>
    <message>
        <source>density, %1</source>
        <translation>Dichte, %1</translation>
    </message>
    <message>
        <source>(4) i in S (m = %1) vs P(i in S)</source>
        <translation>(4) i in S (m = %1) gegen P(i in S)</translation>
    </message>
    <message>
        <source>(4) i in S: stopped after %1 samples, the rejection rule gave up (the exact method does not)</source>
        <translation>(4) i in S: nach %1 Stichproben angehalten, die Verwerfungsregel hat aufgegeben (die exakte Methode nicht)</translation>
    </message>
    <message>
        <source>P(i in S)</source>
        <translation>P(i in S)</translation>
    </message>
    <message>
        <source>(2) C_%1, with p_%1 = %L2</source>
        <translation>(2) C_%1, mit p_%1 = %L2</translation>
    </message>
    <message>
        <source>density, N = %1</source>
        <translation>Dichte, N = %1</translation>
    </message>
    <message>
        <source>(1) %1</source>
        <translation>(1) %1</translation>
    </message>
    <message>
        <source>V: m columns, own noise</source>
        <translation>V: eigenes Rauschen</translation>
    </message>
    <message>
        <source>Gumbel noise</source>
        <translation>Gumbel-Rauschen</translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation>gaußsches Rauschen</translation>
    </message>
    <message>
        <source>uniform noise</source>
        <translation>gleichverteiltes Rauschen</translation>
    </message>
    <message>
        <source>no noise</source>
        <translation>kein Rauschen</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>Pearson&apos;s chi-square test of histogram (1) against p: a p-value below 0.001 says the winners do not follow p. Total variation is half the summed gap between bars and dots.</source>
        <translation>Pearsons Chi-Quadrat-Test von Histogramm (1) gegen p: Ein p-Wert unter 0,001 sagt, dass die Gewinner nicht p folgen. Die Totalvariation ist die halbe Summe der Abstände zwischen Balken und Punkten.</translation>
    </message>
    <message>
        <source>, %1 instead of Gumbel</source>
        <translation>, %1 statt Gumbel</translation>
    </message>
    <message>
        <source>. V and S keep Gumbel noise, whatever G uses</source>
        <translation>. V und S behalten Gumbel-Rauschen, was G auch nutzt</translation>
    </message>
    <message>
        <source>total variation %1, sampling noise alone about %2</source>
        <translation>Totalvariation %1, Stichprobenrauschen allein etwa %2</translation>
    </message>
    <message>
        <source>%1 Too few samples for the chi-square test (it needs N p_i of at least 5 everywhere); %2.</source>
        <translation>%1 Zu wenige Stichproben für den Chi-Quadrat-Test (er braucht überall N p_i von mindestens 5); %2.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;No&lt;/b&gt;: chi-square p-value %2; %3.</source>
        <translation>%1 &lt;b&gt;Nein&lt;/b&gt;: Chi-Quadrat-p-Wert %2; %3.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;Yes&lt;/b&gt;, as far as N samples can tell: chi-square p-value %2; %3.</source>
        <translation>%1 &lt;b&gt;Ja&lt;/b&gt;, soweit N Stichproben es zeigen: Chi-Quadrat-p-Wert %2; %3.</translation>
    </message>
    <message>
        <source>(1) winner vs p^(1/T), T = %1</source>
        <translation>(1) Gewinner vs. p^(1/T), T = %1</translation>
    </message>
    <message>
        <source>(1) winner vs p</source>
        <translation>(1) Gewinner vs. p</translation>
    </message>
    <message>
        <source>, Gaussian</source>
        <translation>, gaußsch</translation>
    </message>
    <message>
        <source>, uniform</source>
        <translation>, gleichverteilt</translation>
    </message>
    <message>
        <source>, no noise</source>
        <translation>, ohne Rauschen</translation>
    </message>
    <message>
        <source>last sample</source>
        <translation>letzte Stichprobe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do the winners follow %1?&lt;/b&gt; (%2, N = %3)</source>
        <translation>&lt;b&gt;Folgen die Gewinner %1?&lt;/b&gt; (%2, N = %3)</translation>
    </message>
    <message>
        <source>this S</source>
        <translation>dieses S</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::GradientBars</name>
    <message>
        <source>Exact gradient and estimator means</source>
        <translation>Exakter Gradient und Mittelwerte der Schätzer</translation>
    </message>
    <message>
        <source>At the current tau: waiting for samples</source>
        <translation>Beim aktuellen tau: warte auf Stichproben</translation>
    </message>
    <message>
        <source>tau = %L1: exact g*, each mean ± 1 sd</source>
        <translation>tau = %L1: exaktes g*, jeder Mittelwert ± 1 Standardabweichung</translation>
    </message>
    <message>
        <source>first %1 of %2 components</source>
        <translation>erste %1 von %2 Komponenten</translation>
    </message>
    <message>
        <source>%1 samples; exact first (red-orange)</source>
        <translation>%1 Stichproben; exakt zuerst (rot-orange)</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::GradientLabPanel</name>
    <message>
        <source>The objective f(x) = sum_i w_i (x_i - t_i)^2 on the simplex; L(theta) = E f(one-hot z)</source>
        <translation>Die Zielfunktion f(x) = sum_i w_i (x_i - t_i)^2 auf dem Simplex; L(theta) = E f(One-hot z)</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Zielfunktion</translation>
    </message>
    <message>
        <source>target t_i</source>
        <translation>Ziel t_i</translation>
    </message>
    <message>
        <source>weight w_i</source>
        <translation>Gewicht w_i</translation>
    </message>
    <message>
        <source>Edit a value to make the objective your own</source>
        <translation>Bearbeiten Sie einen Wert, um eine eigene Zielfunktion zu erstellen</translation>
    </message>
    <message>
        <source>Target and weights</source>
        <translation>Ziel und Gewichte</translation>
    </message>
    <message>
        <source>Estimators</source>
        <translation>Schätzer</translation>
    </message>
    <message>
        <source>K: conditional samples averaged by Gumbel-Rao (K = 1 is straight-through in distribution)</source>
        <translation>K: bedingte Stichproben, über die Gumbel-Rao mittelt (K = 1 entspricht in Verteilung Straight-through)</translation>
    </message>
    <message>
        <source>Samples per tau point and at the current tau</source>
        <translation>Stichproben je tau-Punkt und beim aktuellen tau</translation>
    </message>
    <message>
        <source>The component g_i whose distribution is drawn</source>
        <translation>Die Komponente g_i, deren Verteilung gezeichnet wird</translation>
    </message>
    <message>
        <source>Gumbel-Rao K</source>
        <translation>Gumbel-Rao K</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Component i</source>
        <translation>Komponente i</translation>
    </message>
    <message>
        <source>Optimisation race</source>
        <translation>Optimierungswettlauf</translation>
    </message>
    <message>
        <source>B: samples averaged per SGD step</source>
        <translation>B: gemittelte Stichproben je SGD-Schritt</translation>
    </message>
    <message>
        <source>Batch B</source>
        <translation>Batch B</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Steps T</source>
        <translation>Schritte T</translation>
    </message>
    <message>
        <source>Rate r</source>
        <translation>Rate r</translation>
    </message>
    <message>
        <source>tau_min</source>
        <translation>tau_min</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>RLOO: draws per sample, each scored against the mean of the others (it costs that many draws of f)</source>
        <translation>RLOO: Ziehungen je Stichprobe, jede gegen den Mittelwert der anderen bewertet (kostet so viele Auswertungen von f)</translation>
    </message>
    <message>
        <source>Gapped straight-through: how far below the winner every other logit is held (kappa)</source>
        <translation>Straight-through mit Abstand: wie weit unter dem Gewinner jeder andere Logit gehalten wird (kappa)</translation>
    </message>
    <message>
        <source>Decoupled straight-through: the backward temperature tau_b (the forward one is tau)</source>
        <translation>Entkoppeltes Straight-through: die Rückwärtstemperatur tau_b (die Vorwärtstemperatur ist tau)</translation>
    </message>
    <message>
        <source>RLOO draws</source>
        <translation>RLOO-Ziehungen</translation>
    </message>
    <message>
        <source>Gap kappa</source>
        <translation>Abstand kappa</translation>
    </message>
    <message>
        <source>Decoupled tau_b</source>
        <translation>Entkoppelt: tau_b</translation>
    </message>
    <message>
        <source>Anneal tau over the steps</source>
        <translation>tau über die Schritte abkühlen</translation>
    </message>
    <message>
        <source>How tau_t falls over the race&apos;s steps; the top charts mark each step&apos;s tau_t</source>
        <translation>Wie tau_t über die Schritte des Wettlaufs fällt; die oberen Diagramme markieren das tau_t jedes Schritts</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::GradientLabView</name>
    <message>
        <source>current tau</source>
        <translation>aktuelles tau</translation>
    </message>
    <message>
        <source>tau (log scale)</source>
        <translation>tau (logarithmisch)</translation>
    </message>
    <message>
        <source>bias^2 (log scale)</source>
        <translation>Bias^2 (logarithmisch)</translation>
    </message>
    <message>
        <source>variance (log scale)</source>
        <translation>Varianz (logarithmisch)</translation>
    </message>
    <message>
        <source>MSE (log scale)</source>
        <translation>MSE (logarithmisch)</translation>
    </message>
    <message>
        <source>Distribution of one component</source>
        <translation>Verteilung einer Komponente</translation>
    </message>
    <message>
        <source>estimate of g_i</source>
        <translation>Schätzung von g_i</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>SGD race: exact loss</source>
        <translation>SGD-Wettlauf: exakter Verlust</translation>
    </message>
    <message>
        <source>SGD step t</source>
        <translation>SGD-Schritt t</translation>
    </message>
    <message>
        <source>L(theta_t)</source>
        <translation>L(theta_t)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Gradient lab</source>
        <translation>Gradientenlabor</translation>
    </message>
    <message>
        <source>tau points computed so far</source>
        <translation>bisher berechnete tau-Punkte</translation>
    </message>
    <message>
        <source>Play or pause the race; it starts again whenever a setting changes</source>
        <translation>Wettlauf abspielen oder anhalten; er beginnt neu, sobald sich eine Einstellung ändert</translation>
    </message>
    <message>
        <source>||g*||^2</source>
        <translation>||g*||^2</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>exact gradient</source>
        <translation>exakter Gradient</translation>
    </message>
    <message>
        <source>best vertex min_j f(e_j)</source>
        <translation>beste Ecke min_j f(e_j)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Berechne …</translation>
    </message>
    <message>
        <source>The lab cannot compute this: %1</source>
        <translation>Das Labor kann dies nicht berechnen: %1</translation>
    </message>
    <message>
        <source>computing: %1 of %2 tau points at %3 samples (then refined to %4)</source>
        <translation>berechne: %1 von %2 tau-Punkten mit %3 Stichproben (danach verfeinert auf %4)</translation>
    </message>
    <message>
        <source>exact g*_%1</source>
        <translation>exaktes g*_%1</translation>
    </message>
    <message>
        <source>Estimates of g_%1 at tau = %L2</source>
        <translation>Schätzungen von g_%1 bei tau = %L2</translation>
    </message>
    <message>
        <source>step %1 of %2, tau_t = %L3</source>
        <translation>Schritt %1 von %2, tau_t = %L3</translation>
    </message>
    <message>
        <source>Gradient lab settings</source>
        <translation>Einstellungen des Gradientenlabors</translation>
    </message>
    <message>
        <source>Bias^2: estimate ± 2 SE</source>
        <translation>Bias^2: Schätzung ± 2 SE</translation>
    </message>
    <message>
        <source>MSE of a mean of B</source>
        <translation>MSE eines Mittels aus B</translation>
    </message>
    <message>
        <source>Legend of the gradient lab&apos;s charts</source>
        <translation>Legende der Diagramme des Gradientenlabors</translation>
    </message>
    <message>
        <source>Lab settings</source>
        <translation>Laboreinstellungen</translation>
    </message>
    <message>
        <source>Show or hide the lab&apos;s settings (objective, estimators, samples, race); hidden in presentation mode so that the charts get the width</source>
        <translation>Die Einstellungen des Labors ein- oder ausblenden (Zielfunktion, Schätzer, Stichproben, Wettlauf); im Präsentationsmodus ausgeblendet, damit die Diagramme die Breite bekommen</translation>
    </message>
    <message>
        <source>below noise</source>
        <translation>unter dem Rauschen</translation>
    </message>
    <message>
        <source>exact: g*, ||g*||^2, exact gradient descent</source>
        <translation>exakt: g*, ||g*||^2, exakter Abstieg</translation>
    </message>
    <message>
        <source>dashed in an estimator&apos;s colour: its exact curve (k = 2)</source>
        <translation>gestrichelt in Schätzerfarbe: exakte Kurve (k = 2)</translation>
    </message>
    <message>
        <source>grey strip: below noise (within 2 SE of 0)</source>
        <translation>grauer Streifen: im Rauschen (0 ± 2 SE)</translation>
    </message>
    <message>
        <source>current tau; best vertex</source>
        <translation>aktuelles tau; beste Ecke</translation>
    </message>
    <message>
        <source>MSE of a mean of B = %L1</source>
        <translation>MSE eines Mittels aus B = %L1</translation>
    </message>
    <message>
        <source>%1, exact</source>
        <translation>%1, exakt</translation>
    </message>
    <message>
        <source>± 2 standard errors</source>
        <translation>± 2 Standardfehler</translation>
    </message>
    <message>
        <source>%1 tau points, %2 samples each, every estimator on the same noise. Bias^2 is estimated without the sampling floor (||mean - g*||^2 less variance / N); where its ± 2 SE band holds 0 it is drawn on the grey strip.</source>
        <translation>%1 tau-Punkte mit je %2 Stichproben, alle Schätzer auf demselben Rauschen. Bias^2 wird ohne den Stichprobenboden geschätzt (||Mittel - g*||^2 minus Varianz / N); wo sein ± 2 SE-Band die 0 enthält, liegt es auf dem grauen Streifen.</translation>
    </message>
    <message>
        <source>Variance: sum of Var g_i</source>
        <translation>Varianz: Summe der Var g_i</translation>
    </message>
    <message>
        <source>tau_f x tau_b map</source>
        <translation>Karte tau_f x tau_b</translation>
    </message>
    <message>
        <source>Decoupled straight-through: its MSE over the forward and the backward temperature, in place of the MSE chart</source>
        <translation>Entkoppeltes Straight-through: sein MSE über Vorwärts- und Rückwärtstemperatur, anstelle des MSE-Diagramms</translation>
    </message>
    <message>
        <source>tau_t of the race</source>
        <translation>tau_t des Wettlaufs</translation>
    </message>
    <message>
        <source>map: tau_f = tau_b (relaxed); ring: now; frame: lowest</source>
        <translation>Karte: tau_f = tau_b (relaxiert); Ring: jetzt; Rahmen: kleinster</translation>
    </message>
    <message>
        <source>race: tau_t of each step</source>
        <translation>Wettlauf: tau_t jedes Schritts</translation>
    </message>
    <message>
        <source>race: tau_t now</source>
        <translation>Wettlauf: tau_t jetzt</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::HeatmapWidget</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>value = %L1</source>
        <translation>Wert = %L1</translation>
    </message>
    <message>
        <source>noise eps = %L1</source>
        <translation>Rauschen eps = %L1</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::IntegerControl</name>
    <message>
        <source>%1 slider</source>
        <translation>Schieberegler %1</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::LessonPanel</name>
    <message>
        <source>Page of the lesson&apos;s text: PageDown and PageUp (a presentation clicker) turn the pages, then the lessons</source>
        <translation>Seite des Lektionstexts: Bild ab und Bild auf (ein Präsentations-Presenter) blättern die Seiten um, dann die Lektionen</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::LogSpinBox</name>
    <message>
        <source>type a number</source>
        <translation>Geben Sie eine Zahl ein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 liegt über dem Maximum %2</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::MainWindow</name>
    <message>
        <source>Gumbel Explorer</source>
        <translation>Gumbel Explorer</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Lesson could not start: %1</source>
        <translation>Die Lektion konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Annealing</source>
        <translation>Abkühlung</translation>
    </message>
    <message>
        <source>Play annealing</source>
        <translation>Abkühlung abspielen</translation>
    </message>
    <message>
        <source>Anneal: move tau from %L1 down to %L2 with the noise fixed (Space plays and pauses)</source>
        <translation>Abkühlen: tau bei festem Rauschen von %L1 bis %L2 senken (Leertaste spielt ab und hält an)</translation>
    </message>
    <message>
        <source>Pause annealing</source>
        <translation>Abkühlung anhalten</translation>
    </message>
    <message>
        <source>  speed </source>
        <translation>  Tempo </translation>
    </message>
    <message>
        <source>loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Start again at tau = %L1 after reaching %L2</source>
        <translation>Nach Erreichen von %L2 wieder bei tau = %L1 beginnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open session...</source>
        <translation>&amp;Sitzung öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>Sitzung s&amp;peichern</translation>
    </message>
    <message>
        <source>Save session &amp;as...</source>
        <translation>Sitzung speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Export figures and data...</source>
        <translation>&amp;Abbildungen und Daten exportieren …</translation>
    </message>
    <message>
        <source>Export figures (PNG, SVG) and data (CSV) to</source>
        <translation>Abbildungen (PNG, SVG) und Daten (CSV) exportieren nach</translation>
    </message>
    <message>
        <source>Exported %1 files to %2</source>
        <translation>%1 Dateien nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Copy figure</source>
        <translation>Abbildung &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Sampling</source>
        <translation>&amp;Stichproben</translation>
    </message>
    <message>
        <source>&amp;Resample (new noise)</source>
        <translation>&amp;Neu ziehen (neues Rauschen)</translation>
    </message>
    <message>
        <source>Re&amp;start histograms</source>
        <translation>Histogramme neu &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel histograms</source>
        <translation>Histogramme &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Pa&amp;rameters panel</source>
        <translation>Pa&amp;rameterleiste</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Text größer</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Text &amp;kleiner</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Gumbel Explorer</source>
        <translation>&amp;Über Gumbel Explorer</translation>
    </message>
    <message>
        <source>About Gumbel Explorer</source>
        <translation>Über Gumbel Explorer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gumbel Explorer&lt;/b&gt;: relaxed one-hot vectors C = softmax((log p + eps) / tau) with Gumbel noise eps = -log(-log u), the matrix G of d of them, and m-hot vectors S built without repeated winners.&lt;/p&gt;&lt;p&gt;Drag tau: the noise stays fixed, so you watch the same sample sharpen and soften. The winner (argmax) never changes with tau: it follows p.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gumbel Explorer&lt;/b&gt;: relaxierte One-hot-Vektoren C = softmax((log p + eps) / tau) mit Gumbel-Rauschen eps = -log(-log u), die Matrix G aus d solchen Vektoren und m-hot-Vektoren S, gebildet ohne wiederholte Gewinner.&lt;/p&gt;&lt;p&gt;Verschieben Sie tau: Das Rauschen bleibt fest, Sie sehen also, wie dieselbe Stichprobe schärfer und weicher wird. Der Gewinner (argmax) ändert sich mit tau nie: Er folgt p.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Throughput of the histogram sampling</source>
        <translation>Durchsatz beim Ziehen der Stichproben für die Histogramme</translation>
    </message>
    <message>
        <source>Notices about the current state</source>
        <translation>Hinweise zum aktuellen Zustand</translation>
    </message>
    <message>
        <source>Progress of the histograms&apos; repeated sampling</source>
        <translation>Fortschritt des wiederholten Ziehens für die Histogramme</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the histogram sampling (Esc). F5 restarts it.</source>
        <translation>Ziehen der Stichproben für die Histogramme abbrechen (Esc). F5 startet es neu.</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 Stichproben/s</translation>
    </message>
    <message>
        <source>Histograms stopped: %1</source>
        <translation>Histogramme angehalten: %1</translation>
    </message>
    <message>
        <source>Histograms cancelled (F5 restarts them)</source>
        <translation>Histogramme abgebrochen (F5 startet sie neu)</translation>
    </message>
    <message>
        <source>Copied the %1 view to the clipboard</source>
        <translation>Ansicht „%1“ in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>%1[*] - Gumbel Explorer</source>
        <translation>%1[*] – Gumbel Explorer</translation>
    </message>
    <message>
        <source>Export &amp;animation...</source>
        <translation>Anima&amp;tion exportieren …</translation>
    </message>
    <message>
        <source>Exporting the animation, frame by frame...</source>
        <translation>Die Animation wird Bild für Bild exportiert …</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>Animation not written: %1</source>
        <translation>Animation nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Show or hide the parameters (presentation mode hides them for a lesson or the gradient lab)</source>
        <translation>Die Parameter ein- oder ausblenden (der Präsentationsmodus blendet sie für eine Lektion oder das Gradientenlabor aus)</translation>
    </message>
    <message>
        <source>&amp;Next (page, then lesson)</source>
        <translation>&amp;Weiter (Seite, dann Lektion)</translation>
    </message>
    <message>
        <source>&amp;Previous (page, then lesson)</source>
        <translation>&amp;Zurück (Seite, dann Lektion)</translation>
    </message>
    <message>
        <source>&amp;Reset this lesson</source>
        <translation>Diese Lektion zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>The lesson&apos;s parameters, view and lab settings exactly as when it opened</source>
        <translation>Parameter, Ansicht und Laboreinstellungen der Lektion genau wie beim Öffnen</translation>
    </message>
    <message>
        <source>Exact values hidden: let the class predict, then press H to reveal them</source>
        <translation>Exakte Werte verborgen: Lassen Sie die Klasse schätzen, dann zeigt H sie an</translation>
    </message>
    <message>
        <source>Exact values shown</source>
        <translation>Exakte Werte sichtbar</translation>
    </message>
    <message>
        <source>Predict &amp;first: hide the exact values</source>
        <translation>&amp;Erst schätzen: exakte Werte verbergen</translation>
    </message>
    <message>
        <source>Hide p, P(i in S) and the exact densities so that the class guesses before it sees them; H again reveals them</source>
        <translation>p, P(i in S) und die exakten Dichten verbergen, damit die Klasse schätzt, bevor sie sie sieht; H zeigt sie wieder</translation>
    </message>
    <message>
        <source>Annealing speed: %L1 to %L2 decades of tau per second</source>
        <translation>Tempo der Abkühlung: %L1 bis %L2 Dekaden von tau pro Sekunde</translation>
    </message>
    <message>
        <source>The view in front along the annealing path (tau from %L1 to %L2, noise fixed) as an animated GIF</source>
        <translation>Die vordere Ansicht entlang des Abkühlungspfads (tau von %L1 bis %L2, Rauschen fest) als animiertes GIF</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::MicroscopeView</name>
    <message>
        <source>%1: p = %L2</source>
        <translation>%1: p = %L2</translation>
    </message>
    <message>
        <source>Cloud: the first %L1 samples</source>
        <translation>Wolke: die ersten %L1 Stichproben</translation>
    </message>
    <message>
        <source>Previous sample</source>
        <translation>Vorige Stichprobe</translation>
    </message>
    <message>
        <source>Next sample</source>
        <translation>Nächste Stichprobe</translation>
    </message>
    <message>
        <source>Switch to k = 3</source>
        <translation>Zu k = 3 wechseln</translation>
    </message>
    <message>
        <source>Gradient microscope</source>
        <translation>Gradientenmikroskop</translation>
    </message>
    <message>
        <source>One sample&apos;s gradient estimates as arrows on the triangle</source>
        <translation>Die Gradientenschätzungen einer Stichprobe als Pfeile auf dem Dreieck</translation>
    </message>
    <message>
        <source>Each estimator&apos;s estimates for the first %L1 samples, drawn from the same point (C)</source>
        <translation>Die Schätzungen jedes Schätzers für die ersten %L1 Stichproben, vom selben Punkt aus gezeichnet (C)</translation>
    </message>
    <message>
        <source>The previous sample (Left)</source>
        <translation>Die vorige Stichprobe (Pfeil links)</translation>
    </message>
    <message>
        <source>The next sample (Right)</source>
        <translation>Die nächste Stichprobe (Pfeil rechts)</translation>
    </message>
    <message>
        <source>The microscope draws gradients on the triangle of k = 3 categories.</source>
        <translation>Das Mikroskop zeichnet Gradienten auf dem Dreieck von k = 3 Kategorien.</translation>
    </message>
    <message>
        <source>The microscope cannot show this: %1</source>
        <translation>Das Mikroskop kann dies nicht zeigen: %1</translation>
    </message>
    <message>
        <source>One sample under the microscope: sample %L1 of the gradient lab&apos;s noise, tau = %L2</source>
        <translation>Eine Stichprobe unter dem Mikroskop: Stichprobe %L1 des Rauschens im Gradientenlabor, tau = %L2</translation>
    </message>
    <message>
        <source>C_n = %1, winner %2; exact g* = %3</source>
        <translation>C_n = %1, Gewinner %2; exakt g* = %3</translation>
    </message>
    <message>
        <source>%1: %2, |g| %3, %L4 degrees from g*</source>
        <translation>%1: %2, |g| %3, %L4 Grad von g*</translation>
    </message>
    <message>
        <source>C_n = %1, winner %2&lt;br&gt;exact g* = %3</source>
        <translation>C_n = %1, Gewinner %2&lt;br&gt;exakt g* = %3</translation>
    </message>
    <message>
        <source>estimate for this sample</source>
        <translation>Schätzung für diese Stichprobe</translation>
    </message>
    <message>
        <source>angle to g*</source>
        <translation>Winkel zu g*</translation>
    </message>
    <message>
        <source>Arrows: this sample&apos;s gradient with respect to the logits, projected on the triangle&apos;s plane (SGD moves the logits against them), all on one scale; dashed red-orange: the exact gradient g*. The diamond is p, the dot the relaxed sample C_n, the ring its winner. Left and Right step through the samples, C shows the cloud. A hollow arrowhead: the arrow goes on beyond the edge (as do dots on the edge).</source>
        <translation>Pfeile: der Gradient dieser Stichprobe nach den Logits, auf die Ebene des Dreiecks projiziert (SGD bewegt die Logits ihm entgegen), alle im selben Maßstab; gestrichelt rot-orange: der exakte Gradient g*. Die Raute ist p, der Punkt die relaxierte Stichprobe C_n, der Ring ihr Gewinner. Pfeil links und rechts gehen durch die Stichproben, C zeigt die Wolke. Eine hohle Pfeilspitze: der Pfeil geht über den Rand hinaus (wie Punkte auf dem Rand).</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::OneAtATimeBar</name>
    <message>
        <source>One sample at a time</source>
        <translation>Eine Stichprobe nach der anderen</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Histograms and simplex dots one sample at a time, to watch the frequencies settle onto p (F6; F7 adds one sample, F8 plays)</source>
        <translation>Histogramme und Simplex-Punkte Stichprobe für Stichprobe, um zu sehen, wie sich die Häufigkeiten auf p einpendeln (F6; F7 fügt eine Stichprobe hinzu, F8 spielt ab)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Add one sample to the histograms (F7)</source>
        <translation>Eine Stichprobe zu den Histogrammen hinzufügen (F7)</translation>
    </message>
    <message>
        <source>Play samples</source>
        <translation>Stichproben abspielen</translation>
    </message>
    <message>
        <source>Add samples by themselves: one at a time at first, then faster, up to N (F8)</source>
        <translation>Stichproben von selbst hinzufügen: erst einzeln, dann schneller, bis N (F8)</translation>
    </message>
    <message>
        <source>Pause samples</source>
        <translation>Stichproben anhalten</translation>
    </message>
    <message>
        <source>%1 of %2 samples</source>
        <translation>%1 von %2 Stichproben</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::ParameterPanel</name>
    <message>
        <source>uniform</source>
        <translation>gleichverteilt</translation>
    </message>
    <message>
        <source>zipf</source>
        <translation>Zipf</translation>
    </message>
    <message>
        <source>geometric</source>
        <translation>geometrisch</translation>
    </message>
    <message>
        <source>dirichlet</source>
        <translation>Dirichlet</translation>
    </message>
    <message>
        <source>peaked</source>
        <translation>spitz</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Temperature tau on a log scale from %L1 to %L2. Small tau: nearly one-hot; large tau: nearly uniform (1/k). The noise stays fixed while you drag.</source>
        <translation>Temperatur tau auf logarithmischer Skala von %L1 bis %L2. Kleines tau: fast One-hot; großes tau: fast gleichverteilt (1/k). Das Rauschen bleibt beim Verschieben fest.</translation>
    </message>
    <message>
        <source>&amp;tau</source>
        <translation>&amp;tau</translation>
    </message>
    <message>
        <source>Sizes and noise</source>
        <translation>Größen und Rauschen</translation>
    </message>
    <message>
        <source>m, the number of ones in the m-hot vector S: 1 to the number of categories with p &gt; 0.</source>
        <translation>m, die Anzahl der Einsen im m-hot-Vektor S: 1 bis zur Anzahl der Kategorien mit p &gt; 0.</translation>
    </message>
    <message>
        <source>Seed of the noise. The same seed always gives the same samples.</source>
        <translation>Startwert (Seed) des Rauschens. Derselbe Startwert ergibt immer dieselben Stichproben.</translation>
    </message>
    <message>
        <source>&amp;Resample</source>
        <translation>Neu &amp;ziehen</translation>
    </message>
    <message>
        <source>Draw new noise (the next seed). Shortcut: R</source>
        <translation>Neues Rauschen ziehen (der nächste Startwert). Tastenkürzel: R</translation>
    </message>
    <message>
        <source>&amp;k</source>
        <translation>&amp;k</translation>
    </message>
    <message>
        <source>&amp;d</source>
        <translation>&amp;d</translation>
    </message>
    <message>
        <source>&amp;m</source>
        <translation>&amp;m</translation>
    </message>
    <message>
        <source>s&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>Distribution p</source>
        <translation>Verteilung p</translation>
    </message>
    <message>
        <source>Where p comes from: a named family, or custom weights typed in the table below.</source>
        <translation>Woher p kommt: eine benannte Familie oder eigene Gewichte aus der Tabelle unten.</translation>
    </message>
    <message>
        <source>The family&apos;s parameter: zipf exponent s, geometric ratio r, dirichlet alpha, or the peaked category&apos;s share q.</source>
        <translation>Der Parameter der Familie: Zipf-Exponent s, geometrischer Quotient r, Dirichlet-alpha oder der Anteil q der herausragenden Kategorie.</translation>
    </message>
    <message>
        <source>&amp;parameter</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>pre&amp;set</source>
        <translation>&amp;Vorgabe</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>Verwerfung</translation>
    </message>
    <message>
        <source>How the m-hot vector avoids repeated winners: &apos;rejection&apos; discards repeats as in the source document; &apos;exact&apos; draws each column&apos;s winner among the categories not yet taken (same distribution).</source>
        <translation>Wie der m-hot-Vektor wiederholte Gewinner vermeidet: &apos;Verwerfung&apos; verwirft Wiederholungen wie im Ausgangsdokument; &apos;exakt&apos; zieht den Gewinner jeder Spalte unter den noch nicht vergebenen Kategorien (gleiche Verteilung).</translation>
    </message>
    <message>
        <source>&amp;hard (tau -&gt; 0: exact one-hots)</source>
        <translation>&amp;hart (tau -&gt; 0: exakte One-hot-Vektoren)</translation>
    </message>
    <message>
        <source>Show the tau -&gt; 0 limit: each column becomes the exact one-hot at its argmax, so tau no longer changes anything shown. (This is not PyTorch&apos;s hard=True, which is straight-through: a hard sample forwards, the relaxed sample&apos;s gradient backwards; the gradient lab shows that one.)</source>
        <translation>Den Grenzfall tau -&gt; 0 zeigen: Jede Spalte wird zum exakten One-hot-Vektor an ihrem argmax, tau ändert also nichts mehr an der Anzeige. (Das ist nicht hard=True von PyTorch, das Straight-through ist: vorwärts eine harte Stichprobe, rückwärts der Gradient der relaxierten; das zeigt das Gradientenlabor.)</translation>
    </message>
    <message>
        <source>m-hot me&amp;thod</source>
        <translation>m-hot-Me&amp;thode</translation>
    </message>
    <message>
        <source>Histograms (repeated sampling)</source>
        <translation>Histogramme (wiederholtes Ziehen)</translation>
    </message>
    <message>
        <source>Number of bins of the value histograms (2) and (3).</source>
        <translation>Anzahl der Klassen (Bins) der Werte-Histogramme (2) und (3).</translation>
    </message>
    <message>
        <source>Which category&apos;s C_i histogram (2) shows.</source>
        <translation>Die Kategorie, deren C_i Histogramm (2) zeigt.</translation>
    </message>
    <message>
        <source>&amp;N samples</source>
        <translation>&amp;N Stichproben</translation>
    </message>
    <message>
        <source>&amp;bins</source>
        <translation>&amp;Bins</translation>
    </message>
    <message>
        <source>cate&amp;gory i</source>
        <translation>Kate&amp;gorie i</translation>
    </message>
    <message>
        <source>&amp;parameter %1</source>
        <translation>&amp;Parameter %1</translation>
    </message>
    <message>
        <source>k, the number of categories</source>
        <translation>k, die Anzahl der Kategorien</translation>
    </message>
    <message>
        <source>d, the number of columns of G</source>
        <translation>d, die Anzahl der Spalten von G</translation>
    </message>
    <message>
        <source>m, the number of ones in S</source>
        <translation>m, die Anzahl der Einsen in S</translation>
    </message>
    <message>
        <source>seed of the noise</source>
        <translation>Startwert des Rauschens</translation>
    </message>
    <message>
        <source>Gumbel (the trick)</source>
        <translation>Gumbel (der Trick)</translation>
    </message>
    <message>
        <source>Gaussian, same variance</source>
        <translation>gaußsch, gleiche Varianz</translation>
    </message>
    <message>
        <source>uniform, same variance</source>
        <translation>gleichverteilt, gleiche Varianz</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>noise added to log p</source>
        <translation>zu log p addiertes Rauschen</translation>
    </message>
    <message>
        <source>The noise added to log p in G and the histograms. Only Gumbel noise makes the winner follow p; the others (of the same variance) show why. The m-hot draws keep Gumbel noise.</source>
        <translation>Das Rauschen, das in G und den Histogrammen zu log p addiert wird. Nur mit Gumbel-Rauschen folgt der Gewinner p; die anderen (mit gleicher Varianz) zeigen, warum. Die m-hot-Ziehungen behalten Gumbel-Rauschen.</translation>
    </message>
    <message>
        <source>n&amp;oise law</source>
        <translation>Rausc&amp;hen</translation>
    </message>
    <message>
        <source>logit temperature T</source>
        <translation>Logit-Temperatur T</translation>
    </message>
    <message>
        <source>Logit temperature T on a log scale from %L1 to %L2: log p is divided by T before the noise is added, so the winners follow p^(1/T) instead of p. 1 leaves p alone; below 1 sharpens p, above 1 flattens it towards 1/k.</source>
        <translation>Logit-Temperatur T auf logarithmischer Skala von %L1 bis %L2: log p wird vor dem Rauschen durch T geteilt, daher folgen die Gewinner p^(1/T) statt p. 1 lässt p unverändert; darunter wird p schärfer, darüber flacher in Richtung 1/k.</translation>
    </message>
    <message>
        <source>Logit temperature T; type any value from %L1 to %L2.</source>
        <translation>Logit-Temperatur T; tippen Sie einen Wert von %L1 bis %L2 ein.</translation>
    </message>
    <message>
        <source>log&amp;it T</source>
        <translation>Log&amp;it-T</translation>
    </message>
    <message>
        <source>Temperature tau; type any value from %1 to %2 (scientific notation works).</source>
        <translation>Temperatur tau; geben Sie einen beliebigen Wert von %1 bis %2 ein (wissenschaftliche Schreibweise geht auch).</translation>
    </message>
    <message>
        <source>k, the number of categories: %1 to %2 on the slider, up to %3 typed.</source>
        <translation>k, die Anzahl der Kategorien: %1 bis %2 mit dem Schieberegler, bis %3 eingetippt.</translation>
    </message>
    <message>
        <source>d, the number of relaxed one-hot columns in G: %1 to %2 on the slider, up to %3 typed.</source>
        <translation>d, die Anzahl der relaxierten One-hot-Spalten in G: %1 bis %2 mit dem Schieberegler, bis %3 eingetippt.</translation>
    </message>
    <message>
        <source>N, the number of samples behind the histograms: %L1 to %L2.</source>
        <translation>N, die Anzahl der Stichproben hinter den Histogrammen: %L1 bis %L2.</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::PipelineView</name>
    <message>
        <source>same &amp;scale for steps 2-4</source>
        <translation>gleiche &amp;Skala für Schritte 2–4</translation>
    </message>
    <message>
        <source>Draw eps, z and z / tau on one vertical scale, so that dividing by a small tau visibly stretches the gaps (each step on its own scale looks the same at every tau)</source>
        <translation>eps, z und z / tau auf einer gemeinsamen senkrechten Skala zeichnen, damit die Division durch ein kleines tau die Abstände sichtbar streckt (jeder Schritt auf eigener Skala sieht bei jedem tau gleich aus)</translation>
    </message>
    <message>
        <source>Which column j of G to follow through the steps</source>
        <translation>Welche Spalte j von G durch die Schritte verfolgt wird</translation>
    </message>
    <message>
        <source>The category i whose numbers are written out in the formulas</source>
        <translation>Die Kategorie i, deren Zahlen in den Formeln ausgeschrieben werden</translation>
    </message>
    <message>
        <source>column &amp;j of G</source>
        <translation>Spalte &amp;j von G</translation>
    </message>
    <message>
        <source>formulas for categor&amp;y i</source>
        <translation>Formeln für Kategorie &amp;i</translation>
    </message>
    <message>
        <source>&lt;b&gt;m-hot: how S is built&lt;/b&gt;</source>
        <translation>&lt;b&gt;m-hot: wie S entsteht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1. Uniform noise u_i ~ U(0, 1), open interval</source>
        <translation>1. Gleichverteiltes Rauschen u_i ~ U(0, 1), offenes Intervall</translation>
    </message>
    <message>
        <source>2. Gumbel noise: eps_i = -log(-log u_i)</source>
        <translation>2. Gumbel-Rauschen: eps_i = -log(-log u_i)</translation>
    </message>
    <message>
        <source>3. Perturbed log-probabilities: z_i = log p_i + eps_i</source>
        <translation>3. Gestörte Log-Wahrscheinlichkeiten: z_i = log p_i + eps_i</translation>
    </message>
    <message>
        <source>4. Divided by the temperature: z_i / tau, tau = %1</source>
        <translation>4. Geteilt durch die Temperatur: z_i / tau, tau = %1</translation>
    </message>
    <message>
        <source>5. Softmax: C_i = exp(z_i / tau) / sum_l exp(z_l / tau), computed as exp(z_i / tau - max)</source>
        <translation>5. Softmax: C_i = exp(z_i / tau) / sum_l exp(z_l / tau), berechnet als exp(z_i / tau - max)</translation>
    </message>
    <message>
        <source>C_%1 = exp(%2 - %3) / sum = %4    (argmax C = argmax z = %5, whatever tau is)</source>
        <translation>C_%1 = exp(%2 - %3) / sum = %4    (argmax C = argmax z = %5, bei jedem tau)</translation>
    </message>
    <message>
        <source>column %1 of V: winner &lt;b&gt;%2&lt;/b&gt;, drawn with probability p_%2 / P(not yet taken); z_%2 is set to the maximum M ~ Gumbel(0), every other z_l is Gumbel(log p_l) truncated above at M</source>
        <translation>Spalte %1 von V: Gewinner &lt;b&gt;%2&lt;/b&gt;, gezogen mit Wahrscheinlichkeit p_%2 / P(noch nicht vergeben); z_%2 wird auf das Maximum M ~ Gumbel(0) gesetzt, jedes andere z_l ist Gumbel(log p_l), oben bei M abgeschnitten</translation>
    </message>
    <message>
        <source>draw %1: winner &lt;b&gt;%2&lt;/b&gt; is new: accepted as column %3 of V</source>
        <translation>Ziehung %1: Gewinner &lt;b&gt;%2&lt;/b&gt; ist neu: angenommen als Spalte %3 von V</translation>
    </message>
    <message>
        <source>draw %1: winner %2 is a repeat: &lt;span style=&apos;color:#b00020&apos;&gt;rejected&lt;/span&gt;, draw again</source>
        <translation>Ziehung %1: Gewinner %2 ist eine Wiederholung: &lt;span style=&apos;color:#b00020&apos;&gt;verworfen&lt;/span&gt;, neu ziehen</translation>
    </message>
    <message>
        <source>... and %1 more rejected draws</source>
        <translation>… und %1 weitere verworfene Ziehungen</translation>
    </message>
    <message>
        <source>%1 columns drawn, %2 rejected. Accepted in order: %3.</source>
        <translation>%1 Spalten gezogen, %2 verworfen. Angenommen in dieser Reihenfolge: %3.</translation>
    </message>
    <message>
        <source>&lt;i&gt;The m-hot draws use their own noise, not the columns of G above: their winners need not match step 5&apos;s. Columns and draws count from 0, as on V&apos;s axis.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die m-hot-Ziehungen verwenden eigenes Rauschen, nicht die Spalten von G oben: Ihre Gewinner müssen nicht mit denen aus Schritt 5 übereinstimmen. Spalten und Ziehungen zählen ab 0, wie auf der Achse von V.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>S: S_i = max over the m columns of V of row i</source>
        <translation>S: S_i = Maximum über die m Spalten von V in Zeile i</translation>
    </message>
    <message>
        <source>Pipeline: the algorithm step by step</source>
        <translation>Pipeline: der Algorithmus Schritt für Schritt</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::SessionController</name>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>The session was not opened.

%1</source>
        <translation>Die Sitzung wurde nicht geöffnet.

%1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The session has unsaved changes. Save them first?</source>
        <translation>Die Sitzung hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::SimplexView</name>
    <message>
        <source>Switch to k = &amp;3</source>
        <translation>Zu k = &amp;3 wechseln</translation>
    </message>
    <message>
        <source>fixed colour scale</source>
        <translation>feste Farbskala</translation>
    </message>
    <message>
        <source>Set k = 3 (keeping the distribution family) to see the simplex</source>
        <translation>k = 3 setzen (die Verteilungsfamilie bleibt), um den Simplex zu sehen</translation>
    </message>
    <message>
        <source>The simplex view needs k = 3 categories: the triangle is the set of all probability vectors (C_0, C_1, C_2). The current k is %1.</source>
        <translation>Die Simplex-Ansicht braucht k = 3 Kategorien: Das Dreieck ist die Menge aller Wahrscheinlichkeitsvektoren (C_0, C_1, C_2). Das aktuelle k ist %1.</translation>
    </message>
    <message>
        <source>dots in its region %L1</source>
        <translation>Punkte in ihrer Region %L1</translation>
    </message>
    <message>
        <source>category %1: p = %L2</source>
        <translation>Kategorie %1: p = %L2</translation>
    </message>
    <message>
        <source>Concrete density on the simplex, tau = %L1, with %2 relaxed samples</source>
        <translation>Concrete-Dichte auf dem Simplex, tau = %L1, mit %2 relaxierten Stichproben</translation>
    </message>
    <message>
        <source>log density (fixed range)</source>
        <translation>Log-Dichte (fester Bereich)</translation>
    </message>
    <message>
        <source>Simplex: the Concrete density for k = 3, with relaxed samples</source>
        <translation>Simplex: die Concrete-Dichte für k = 3, mit relaxierten Stichproben</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1 relaxed samples at tau = %L2: where is the density highest?</source>
        <translation>%1 relaxierte Stichproben bei tau = %L2: Wo ist die Dichte am höchsten?</translation>
    </message>
    <message>
        <source>Colour the log density on a fixed range (%1 to %2) at every tau, so that a colour means the same density as tau moves. Unticked, a colour says which share of the samples lies where the density is higher: colours and dots agree at every tau.</source>
        <translation>Die Log-Dichte bei jedem tau auf einem festen Bereich (%1 bis %2) färben, damit eine Farbe dieselbe Dichte bedeutet, wenn sich tau bewegt. Ohne Haken sagt eine Farbe, welcher Anteil der Stichproben dort liegt, wo die Dichte höher ist: Farben und Punkte stimmen bei jedem tau überein.</translation>
    </message>
    <message>
        <source>sample %1 of %2: C = (%3, %4, %5), largest C_%6 (category %6), log density there %7, %8% of samples where the density is higher</source>
        <translation>Stichprobe %1 von %2: C = (%3, %4, %5), größtes C_%6 (Kategorie %6), Log-Dichte dort %7, %8 % der Stichproben liegen, wo die Dichte höher ist</translation>
    </message>
    <message>
        <source>% of samples in brighter colours</source>
        <translation>% der Stichproben in helleren Farben</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::StepBars</name>
    <message>
        <source>%1, category %2: %3</source>
        <translation>%1, Kategorie %2: %3</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::SweepView</name>
    <message>
        <source>E[C_i] against tau</source>
        <translation>E[C_i] über tau</translation>
    </message>
    <message>
        <source>tau (log scale)</source>
        <translation>tau (logarithmisch)</translation>
    </message>
    <message>
        <source>How one-hot: E[max_i C_i] and P(max_i C_i &gt; 0.99)</source>
        <translation>Wie nahe an One-hot: E[max_i C_i] und P(max_i C_i &gt; 0,99)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Mean entropy of C (nats)</source>
        <translation>Mittlere Entropie von C (nats)</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <source>tau points computed so far</source>
        <translation>bisher berechnete tau-Punkte</translation>
    </message>
    <message>
        <source>p_i (tau -&gt; 0)</source>
        <translation>p_i (tau -&gt; 0)</translation>
    </message>
    <message>
        <source>1/k (tau -&gt; inf)</source>
        <translation>1/k (tau -&gt; inf)</translation>
    </message>
    <message>
        <source>P(max_i C_i &gt; 0.99)</source>
        <translation>P(max_i C_i &gt; 0,99)</translation>
    </message>
    <message>
        <source>mean entropy</source>
        <translation>mittlere Entropie</translation>
    </message>
    <message>
        <source>log k (uniform)</source>
        <translation>log k (gleichverteilt)</translation>
    </message>
    <message>
        <source>%1 tau points, %2 samples each; the noise of every point is the same seed&apos;s</source>
        <translation>%1 tau-Punkte mit je %2 Stichproben; das Rauschen jedes Punktes stammt vom selben Startwert</translation>
    </message>
    <message>
        <source>computing: %1 of %2 tau points</source>
        <translation>berechne: %1 von %2 tau-Punkten</translation>
    </message>
    <message>
        <source> (E[C_i] drawn for the first %1 of %2 categories)</source>
        <translation> (E[C_i] gezeichnet für die ersten %1 von %2 Kategorien)</translation>
    </message>
    <message>
        <source>current tau</source>
        <translation>aktuelles tau</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::TauCorner</name>
    <message>
        <source>The temperature tau (also written on every exported figure)</source>
        <translation>Die Temperatur tau (steht auch auf jeder exportierten Abbildung)</translation>
    </message>
    <message>
        <source>Temperature tau on a log scale from %L1 to %L2, from any view</source>
        <translation>Temperatur tau auf logarithmischer Skala von %L1 bis %L2, in jeder Ansicht</translation>
    </message>
    <message>
        <source>Temperature tau (log scale)</source>
        <translation>Temperatur tau (logarithmische Skala)</translation>
    </message>
    <message>
        <source>The logit temperature T: log p is divided by T before the noise</source>
        <translation>Die Logit-Temperatur T: log p wird vor dem Rauschen durch T geteilt</translation>
    </message>
    <message>
        <source>Logit temperature T (log scale)</source>
        <translation>Logit-Temperatur T (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Logit temperature T on a log scale from %L1 to %L2, from any view</source>
        <translation>Logit-Temperatur T auf logarithmischer Skala von %L1 bis %L2, in jeder Ansicht</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::TauMapWidget</name>
    <message>
        <source>Decoupled straight-through: MSE over tau_f and tau_b</source>
        <translation>Entkoppeltes Straight-through: MSE über tau_f und tau_b</translation>
    </message>
    <message>
        <source>Click a cell to set tau (tau_f) and tau_b to its temperatures</source>
        <translation>Ein Klick auf eine Zelle setzt tau (tau_f) und tau_b auf ihre Temperaturen</translation>
    </message>
    <message>
        <source>The map cannot be computed: %1</source>
        <translation>Die Karte lässt sich nicht berechnen: %1</translation>
    </message>
    <message>
        <source>Computing the map...</source>
        <translation>Die Karte wird berechnet ...</translation>
    </message>
    <message>
        <source>lowest: %1 at tau_f = %L2, tau_b = %L3</source>
        <translation>kleinster: %1 bei tau_f = %L2, tau_b = %L3</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 samples a cell)</source>
        <translation>%1 (%2 von %3 Stichproben je Zelle)</translation>
    </message>
    <message>
        <source>Decoupled ST: log10 MSE of a mean of B = %L1</source>
        <translation>Entkoppeltes ST: log10 MSE eines Mittels aus B = %L1</translation>
    </message>
    <message>
        <source>tau_f</source>
        <translation>tau_f</translation>
    </message>
    <message>
        <source>tau_b</source>
        <translation>tau_b</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::TeachingController</name>
    <message>
        <source>k x d = %1 cells is too large to draw three times at once; lower d to at most %2 cells</source>
        <translation>k x d = %1 Zellen sind zu viele, um sie dreimal gleichzeitig zu zeichnen; verringern Sie d auf höchstens %2 Zellen</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::TemperaturesView</name>
    <message>
        <source>The same noise at three temperatures: the ringed winners are the same cells in all three (argmax does not depend on tau); only how sharp the columns are changes.</source>
        <translation>Dasselbe Rauschen bei drei Temperaturen: Die umrandeten Gewinner sind in allen drei dieselben Zellen (argmax hängt nicht von tau ab); nur die Schärfe der Spalten ändert sich.</translation>
    </message>
    <message>
        <source>Temperature of column %1</source>
        <translation>Temperatur der Spalte %1</translation>
    </message>
    <message>
        <source>The temperature of this column (the noise is the same in all three)</source>
        <translation>Die Temperatur dieser Spalte (das Rauschen ist in allen dreien dasselbe)</translation>
    </message>
    <message>
        <source>&amp;tau</source>
        <translation>&amp;tau</translation>
    </message>
    <message>
        <source>category i</source>
        <translation>Kategorie i</translation>
    </message>
    <message>
        <source>feature j</source>
        <translation>Merkmal j</translation>
    </message>
    <message>
        <source>Temperatures: the same noise at three temperatures</source>
        <translation>Temperaturen: dasselbe Rauschen bei drei Temperaturen</translation>
    </message>
    <message>
        <source>G at tau = %1</source>
        <translation>G bei tau = %1</translation>
    </message>
    <message>
        <source>Mean of max_i C_i over the columns: %1 (1 = one-hot, 1/k = %2 = uniform)</source>
        <translation>Mittelwert von max_i C_i über die Spalten: %1 (1 = One-Hot, 1/k = %2 = gleichverteilt)</translation>
    </message>
</context>
<context>
    <name>gumbel::ui::WeightsEditor</name>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>log p</source>
        <translation>log p</translation>
    </message>
    <message>
        <source>%1 of category %2: %3</source>
        <translation>%1 von Kategorie %2: %3</translation>
    </message>
    <message>
        <source>weight %1 was not applied: there are only %2 categories now</source>
        <translation>Gewicht %1 wurde nicht übernommen: Es gibt jetzt nur %2 Kategorien</translation>
    </message>
    <message>
        <source>weight %1 (%2) %3</source>
        <translation>Gewicht %1 (%2): %3</translation>
    </message>
    <message>
        <source>Weights of the k categories, with their logits, p and log p</source>
        <translation>Gewichte der k Kategorien, mit ihren Logits, p und log p</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>Logit</translation>
    </message>
    <message>
        <source>Weights of the k categories. Type a non-negative weight, or a logit (its natural logarithm: weight = exp(logit), -inf for 0), to change one; p is the normalised weight and log p its natural logarithm (what enters the noise sum; logits are log p up to a constant).</source>
        <translation>Gewichte der k Kategorien. Geben Sie ein nichtnegatives Gewicht oder einen Logit ein (seinen natürlichen Logarithmus: Gewicht = exp(Logit), -inf für 0), um eines zu ändern; p ist das normierte Gewicht und log p sein natürlicher Logarithmus (was in die Rauschsumme eingeht; Logits sind log p bis auf eine Konstante).</translation>
    </message>
    <message>
        <source>%1 %2: &apos;%3&apos; is not a number</source>
        <translation>%1 %2: „%3“ ist keine Zahl</translation>
    </message>
    <message>
        <source>logit %1 (%2) must be at most %3 (its weight exp(logit) must be a finite number)</source>
        <translation>Logit %1 (%2) darf höchstens %3 sein (sein Gewicht exp(Logit) muss endlich sein)</translation>
    </message>
</context>
</TS>
