<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Datasets</name>
    <message>
        <source>Three overlapping discs (multi-label)</source>
        <translation>겹친 원판 세 개 (다중 레이블)</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>XOR with three logistic units</source>
        <translation>로지스틱 유닛 세 개로 XOR 풀기</translation>
    </message>
    <message>
        <source>Can you find another W and b? Change the weights so that the table still gives XOR.</source>
        <translation>다른 W와 b를 찾을 수 있을까요? 표가 여전히 XOR이 되도록 가중치를 바꿔 보세요.</translation>
    </message>
    <message>
        <source>Train from random weights until backpropagation finds a solution.</source>
        <translation>무작위 가중치에서 시작해, 역전파가 해를 찾을 때까지 학습시켜 보세요.</translation>
    </message>
    <message>
        <source>Can a single logistic unit (one straight line) solve XOR?</source>
        <translation>로지스틱 유닛 하나(직선 하나)로 XOR을 풀 수 있을까요?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니오</translation>
    </message>
    <message>
        <source>Derivatives by finite differences</source>
        <translation>수치 미분으로 보는 도함수</translation>
    </message>
    <message>
        <source>For f(x) = x², make h small enough that the quotient is within 0.001 of the derivative 2x.</source>
        <translation>f(x) = x²에서 차분 몫이 미분값 2x와 0.001 이내로 같아지도록 h를 충분히 작게 해 보세요.</translation>
    </message>
    <message>
        <source>For f(x, y) = x·y, choose y so that ∂f/∂x is −2.</source>
        <translation>f(x, y) = x·y에서 ∂f/∂x가 −2가 되도록 y를 골라 보세요.</translation>
    </message>
    <message>
        <source>For f(x) = 2x, what is (f(x + 0.01) − f(x)) / 0.01?</source>
        <translation>f(x) = 2x일 때 (f(x + 0.01) − f(x)) / 0.01은 얼마일까요?</translation>
    </message>
    <message>
        <source>Backpropagation on a computational graph</source>
        <translation>계산 그래프 위의 역전파</translation>
    </message>
    <message>
        <source>Step through the whole backward pass.</source>
        <translation>역전파 과정을 처음부터 끝까지 한 단계씩 따라가 보세요.</translation>
    </message>
    <message>
        <source>Edit the values so that ∂f/∂w = 3.</source>
        <translation>∂f/∂w = 3이 되도록 값을 바꿔 보세요.</translation>
    </message>
    <message>
        <source>Make the sigmoid gate's local derivative as large as it can be.</source>
        <translation>시그모이드 게이트의 국소 미분값을 가능한 한 크게 만들어 보세요.</translation>
    </message>
    <message>
        <source>When w rises by 1, how much does f change?</source>
        <translation>w가 1 늘면 f는 얼마나 변할까요?</translation>
    </message>
    <message>
        <source>Activation explorer</source>
        <translation>활성화 함수 탐색기</translation>
    </message>
    <message>
        <source>Move z to where the sigmoid is steepest.</source>
        <translation>시그모이드가 가장 가파른 곳으로 z를 옮겨 보세요.</translation>
    </message>
    <message>
        <source>Find the fewest sigmoid layers that shrink a gradient at least 1,000-fold.</source>
        <translation>기울기를 적어도 1,000분의 1로 줄이는 가장 적은 시그모이드 층 수를 찾아보세요.</translation>
    </message>
    <message>
        <source>Find an activation whose slope never comes near zero.</source>
        <translation>기울기가 결코 0 근처로 가지 않는 활성화 함수를 찾아보세요.</translation>
    </message>
    <message>
        <source>What is the largest slope the sigmoid has?</source>
        <translation>시그모이드의 기울기는 최대 얼마일까요?</translation>
    </message>
    <message>
        <source>Vanishing and exploding gradients</source>
        <translation>기울기 소실과 기울기 폭주</translation>
    </message>
    <message>
        <source>Make the first hidden layer's gradient 100× smaller than the last hidden layer's.</source>
        <translation>첫 은닉층의 기울기를 마지막 은닉층의 100분의 1보다 작게 만들어 보세요.</translation>
    </message>
    <message>
        <source>With three or more hidden layers, make the first and the last hidden layer learn within a factor of 2 of each other.</source>
        <translation>은닉층이 셋 이상인 네트워크에서 첫 은닉층과 마지막 은닉층의 학습 속도가 2배 이내로 비슷하게 만들어 보세요.</translation>
    </message>
    <message>
        <source>Make the gradient grow toward the input: the first hidden layer's 10× the last hidden layer's.</source>
        <translation>입력 쪽으로 갈수록 기울기가 커지게 만들어 보세요: 첫 은닉층의 기울기가 마지막 은닉층의 10배가 되도록.</translation>
    </message>
    <message>
        <source>Which hidden layer will learn fastest?</source>
        <translation>어느 은닉층이 가장 빨리 학습할까요?</translation>
    </message>
    <message>
        <source>The first, next to the input</source>
        <translation>입력에 가까운 첫 번째 층</translation>
    </message>
    <message>
        <source>The last, next to the output</source>
        <translation>출력에 가까운 마지막 층</translation>
    </message>
    <message>
        <source>All at the same speed</source>
        <translation>모두 같은 속도</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <source>Find a learning rate that is too small.</source>
        <translation>너무 작은 학습률을 찾아보세요.</translation>
    </message>
    <message>
        <source>Find a learning rate at which the ball never settles.</source>
        <translation>공이 끝내 자리를 잡지 못하는 학습률을 찾아보세요.</translation>
    </message>
    <message>
        <source>On the valley, find a learning rate that reaches the bottom.</source>
        <translation>골짜기에서 공이 바닥까지 내려가는 학습률을 찾아보세요.</translation>
    </message>
    <message>
        <source>What happens when the learning rate is too large?</source>
        <translation>학습률이 너무 크면 어떻게 될까요?</translation>
    </message>
    <message>
        <source>The ball creeps down slowly</source>
        <translation>공이 천천히 기어 내려간다</translation>
    </message>
    <message>
        <source>The ball jumps across the valley and may fly off</source>
        <translation>공이 골짜기를 건너뛰다 튕겨 나갈 수 있다</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <translation>아무 변화가 없다</translation>
    </message>
    <message>
        <source>MNIST and the quadratic cost</source>
        <translation>MNIST와 이차 비용 함수</translation>
    </message>
    <message>
        <source>Train Nielsen's network with the quadratic cost to 90 % test accuracy.</source>
        <translation>Nielsen의 네트워크를 이차 비용 함수로 학습시켜 테스트 정확도 90 %에 도달해 보세요.</translation>
    </message>
    <message>
        <source>Without raising η above 0.15, make the badly wrong neuron (w = 2, b = 2) reach output 0.2 within 50 epochs.</source>
        <translation>η를 0.15보다 크게 하지 않고, 크게 틀린 뉴런(w = 2, b = 2)이 50 에폭 안에 출력 0.2에 도달하게 만들어 보세요.</translation>
    </message>
    <message>
        <source>Under the quadratic cost, which neuron learns faster at first: the one starting at output 0.82 or at 0.98?</source>
        <translation>이차 비용 함수에서 처음에 더 빨리 배우는 뉴런은 어느 쪽일까요? 출력 0.82에서 시작한 뉴런, 아니면 0.98에서 시작한 뉴런?</translation>
    </message>
    <message>
        <source>Both the same</source>
        <translation>둘 다 같다</translation>
    </message>
    <message>
        <source>Losses by problem type</source>
        <translation>문제 유형별 손실 함수</translation>
    </message>
    <message>
        <source>Choose the regression row and train until the loss is below 0.05.</source>
        <translation>회귀 행을 고르고 손실이 0.05 아래로 내려갈 때까지 학습시켜 보세요.</translation>
    </message>
    <message>
        <source>Choose the multi-label row and train until 90 % of the test labels are right.</source>
        <translation>다중 레이블 행을 고르고 테스트 레이블의 90 %를 맞힐 때까지 학습시켜 보세요.</translation>
    </message>
    <message>
        <source>A photo may show a cat and a dog at once. Which output layer fits?</source>
        <translation>사진 한 장에 고양이와 개가 함께 있을 수 있습니다. 어떤 출력층이 맞을까요?</translation>
    </message>
    <message>
        <source>One softmax over the classes</source>
        <translation>클래스 전체에 소프트맥스 하나</translation>
    </message>
    <message>
        <source>One sigmoid per class</source>
        <translation>클래스마다 시그모이드 하나</translation>
    </message>
    <message>
        <source>One linear unit</source>
        <translation>선형 유닛 하나</translation>
    </message>
    <message>
        <source>Weight initialization</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>Keep all ten tanh layers healthy.</source>
        <translation>tanh 층 열 개가 모두 건강하게 유지되도록 해 보세요.</translation>
    </message>
    <message>
        <source>Make the last layer of a deep ReLU network collapse.</source>
        <translation>깊은 ReLU 네트워크의 마지막 층이 붕괴하게 만들어 보세요.</translation>
    </message>
    <message>
        <source>Keep all ten ReLU layers healthy.</source>
        <translation>ReLU 층 열 개가 모두 건강하게 유지되도록 해 보세요.</translation>
    </message>
    <message>
        <source>A deep tanh network starts with N(0, 1) weights. Where do its activations end up?</source>
        <translation>깊은 tanh 네트워크를 N(0, 1) 가중치로 시작합니다. 활성화 값은 어디에 모일까요?</translation>
    </message>
    <message>
        <source>Near 0</source>
        <translation>0 근처</translation>
    </message>
    <message>
        <source>At −1 and 1</source>
        <translation>−1과 1</translation>
    </message>
    <message>
        <source>Spread evenly between −1 and 1</source>
        <translation>−1과 1 사이에 고르게</translation>
    </message>
    <message>
        <source>Overfitting lab</source>
        <translation>과적합 실험실</translation>
    </message>
    <message>
        <source>Train until the training accuracy reaches 99 % while the test accuracy stays at least 5 points lower.</source>
        <translation>학습 정확도가 99 %에 이르고 테스트 정확도는 그보다 5 포인트 이상 낮게 머물 때까지 학습시켜 보세요.</translation>
    </message>
    <message>
        <source>Find a cure that brings the test accuracy to 93 % with a gap below 5 points.</source>
        <translation>테스트 정확도를 93 %까지 올리면서 격차를 5 포인트 아래로 줄이는 해결책을 찾아보세요.</translation>
    </message>
    <message>
        <source>A large network trains on only 1,000 images. What will its training accuracy do?</source>
        <translation>큰 네트워크를 이미지 1,000장만으로 학습시킵니다. 학습 정확도는 어떻게 될까요?</translation>
    </message>
    <message>
        <source>Stay close to the test accuracy</source>
        <translation>테스트 정확도와 비슷하게 머문다</translation>
    </message>
    <message>
        <source>Reach nearly 100 %, far above the test accuracy</source>
        <translation>거의 100 %에 이르러 테스트 정확도보다 훨씬 높아진다</translation>
    </message>
    <message>
        <source>Stay below the test accuracy</source>
        <translation>테스트 정확도보다 낮게 머문다</translation>
    </message>
    <message>
        <source>Parabola C(v) = v²</source>
        <translation>포물선 C(v) = v²</translation>
    </message>
    <message>
        <source>Valley C(v) = ½(v₁² + 10·v₂²)</source>
        <translation>골짜기 C(v) = ½(v₁² + 10·v₂²)</translation>
    </message>
    <message>
        <source>Too small: the ball creeps and is still far from the bottom.</source>
        <translation>너무 작음: 공이 기어가기만 해서 아직 바닥에서 멉니다.</translation>
    </message>
    <message>
        <source>Good: the ball reaches the bottom in a few steps.</source>
        <translation>적당함: 공이 몇 걸음 만에 바닥에 닿습니다.</translation>
    </message>
    <message>
        <source>Too large: the ball jumps across the valley and never settles.</source>
        <translation>너무 큼: 공이 골짜기를 건너뛰기만 하고 자리를 잡지 못합니다.</translation>
    </message>
    <message>
        <source>When {name} rises by 1, {output} rises by {amount}.</source>
        <translation>{name}이(가) 1 늘면 {output}은(는) {amount} 늘어납니다.</translation>
    </message>
    <message>
        <source>When {name} rises by 1, {output} falls by {amount}.</source>
        <translation>{name}이(가) 1 늘면 {output}은(는) {amount} 줄어듭니다.</translation>
    </message>
    <message>
        <source>N(0, 1)</source>
        <translation>N(0, 1)</translation>
    </message>
    <message>
        <source>Xavier/Glorot</source>
        <translation>Xavier/Glorot</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>건강함</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>포화</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>붕괴</translation>
    </message>
    <message>
        <source>exploding</source>
        <translation>폭주</translation>
    </message>
    <message>
        <source>No cure</source>
        <translation>해결책 없음</translation>
    </message>
    <message>
        <source>L2 regularization</source>
        <translation>L2 정규화</translation>
    </message>
    <message>
        <source>L1 regularization</source>
        <translation>L1 정규화</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>Data augmentation</source>
        <translation>데이터 증강</translation>
    </message>
    <message>
        <source>A smaller model</source>
        <translation>더 작은 모델</translation>
    </message>
    <message>
        <source>1 real value</source>
        <translation>실수값 1개</translation>
    </message>
    <message>
        <source>1 probability</source>
        <translation>확률 1개</translation>
    </message>
    <message>
        <source>one unit per class</source>
        <translation>클래스마다 유닛 하나</translation>
    </message>
    <message>
        <source>yes/no per class</source>
        <translation>클래스마다 예/아니오</translation>
    </message>
</context>
</TS>